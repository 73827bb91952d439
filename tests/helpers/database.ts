import fs from 'node:fs';
import path from 'node:path';

export const PLAYGROUND_DIR = path.resolve(__dirname, '..', '..', 'playground');
export const isPostgres = () => process.env.DATABASE_CLIENT === 'postgres';

const POSTGRES_ADMIN_URL = process.env.POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * A fresh, empty database for one test file: a SQLite file per worker, or a PostgreSQL database per
 * worker (dropped and recreated), so parallel workers never share state. Sets the env the
 * playground's config/database.js reads and returns a label for logs.
 */
export const freshDatabase = async (suffix = ''): Promise<string> => {
  const worker = `${process.env.JEST_WORKER_ID ?? '0'}${suffix}`;
  if (isPostgres()) {
    const { Client } = require('pg');
    const name = `conflict_explainer_test_${worker}`.replace(/[^a-z0-9_]/g, '_');
    const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${name}`);
    } finally {
      await client.end();
    }
    const url = new URL(POSTGRES_ADMIN_URL);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    return name;
  }
  delete process.env.DATABASE_URL;
  const relative = `.tmp/test-${worker}.db`;
  const file = path.join(PLAYGROUND_DIR, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const candidate of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(candidate, { force: true });
  process.env.DATABASE_FILENAME = relative;
  return relative;
};
