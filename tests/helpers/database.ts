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
const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

export const freshDatabase = async (suffix = ''): Promise<string> => {
  // The process id keeps two jest runs in one checkout (e.g. a file re-run beside the suite) apart.
  const worker = `${process.pid}_${process.env.JEST_WORKER_ID ?? '0'}${suffix}`;
  if (isPostgres()) {
    const { Client } = require('pg');
    const name = `conflict_explainer_test_${worker}`.replace(/[^a-z0-9_]/g, '_');
    const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
    await client.connect();
    try {
      // Databases left by runs whose process is gone.
      const { rows } = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE 'conflict_explainer_test_%'`);
      for (const { datname } of rows as { datname: string }[]) {
        const owner = Number(datname.split('_')[3]);
        if (owner && owner !== process.pid && !isAlive(owner)) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
      }
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
  // Files left by runs whose process is gone.
  for (const stale of fs.readdirSync(path.dirname(file))) {
    const owner = Number(/^test-(\d+)_/.exec(stale)?.[1]);
    if (owner && owner !== process.pid && !isAlive(owner)) fs.rmSync(path.join(path.dirname(file), stale), { force: true });
  }
  for (const candidate of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(candidate, { force: true });
  process.env.DATABASE_FILENAME = relative;
  return relative;
};
