import path from 'path';

// SQLite by default; PostgreSQL when DATABASE_URL is set (the multi-instance setup).
export default ({ env }) => {
  if (env('DATABASE_URL')) {
    return {
      connection: {
        client: 'postgres',
        connection: { connectionString: env('DATABASE_URL'), schema: env('DATABASE_SCHEMA', 'public') },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
      },
    };
  }
  return {
    connection: {
      client: 'sqlite',
      // Compiled to dist/config, so the app root is two levels up.
      connection: { filename: path.join(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')) },
      useNullAsDefault: true,
    },
  };
};
