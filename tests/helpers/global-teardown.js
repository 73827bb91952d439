/**
 * After a jest run: remove the per-worker test databases (playground/.tmp/test-*.db and their
 * journals; on PostgreSQL, conflict_explainer_test_* databases) whose worker process is gone.
 * (or this process: a run in band). A second jest run still going in the same checkout keeps its own.
 */
const fs = require('node:fs');
const path = require('node:path');

const isAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const removeSqliteFiles = () => {
  const dir = path.resolve(__dirname, '..', '..', 'playground', '.tmp');
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    const owner = Number(/^test-(\d+)_/.exec(name)?.[1]);
    if (owner && (owner === process.pid || !isAlive(owner))) fs.rmSync(path.join(dir, name), { force: true });
  }
};

const dropPostgresDatabases = async () => {
  const { Client } = require('pg');
  const client = new Client({ connectionString: process.env.POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE 'conflict_explainer_test_%'`);
    for (const { datname } of rows) {
      const owner = Number(datname.split('_')[3]);
      if (owner && (owner === process.pid || !isAlive(owner))) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
};

module.exports = async () => {
  removeSqliteFiles();
  if (process.env.DATABASE_CLIENT === 'postgres') await dropPostgresDatabases();
};
