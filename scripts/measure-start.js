#!/usr/bin/env node
/**
 * Measures `npm run develop` as a newcomer meets it: a first start that builds everything
 * (FORCE_BUILD=true: plugin build and admin build) and a second start with unchanged sources. Each
 * run gets free ports and its own SQLite file; the time is until GET /admin answers 200 and the
 * reference site answers. Then it stops the run with SIGINT, as Ctrl-C does, and checks a clean
 * exit (code 0, no error printed). It also checks that GET /favicon.ico answers 200. Usage: `node scripts/measure-start.js` (about 5 minutes).
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const DATABASE = '.tmp/measure-start.db';
const TIMEOUT_MS = 15 * 60_000;

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const answers = async (url, wanted) => {
  try {
    const res = await fetch(url, { redirect: 'manual' });
    return wanted(res.status);
  } catch {
    return false;
  }
};

const measure = async (label, extraEnv) => {
  const [port, sitePort] = [await freePort(), await freePort()];
  const strapiUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    ...extraEnv,
    PORT: String(port),
    PUBLIC_URL: strapiUrl,
    SITE_PORT: String(sitePort),
    STRAPI_URL: strapiUrl,
    SITE_WEBHOOK_URL: `http://127.0.0.1:${sitePort}/webhooks/strapi`,
    SITE_ARTICLE_URL: `http://127.0.0.1:${sitePort}/{locale/}explainers/{slug}`,
    DATABASE_FILENAME: DATABASE,
  };
  const started = Date.now();
  // Its own process group, so SIGINT reaches every process as a terminal's Ctrl-C does.
  const child = spawn(process.execPath, [path.join(__dirname, 'develop.js')], { cwd: root, env, detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));

  const times = {};
  const siteExists = fs.existsSync(path.join(root, 'examples', 'site', 'server.js'));
  while (Date.now() - started < TIMEOUT_MS && child.exitCode === null) {
    if (!times.admin && (await answers(`${strapiUrl}/admin`, (status) => status === 200))) times.admin = Date.now() - started;
    if (siteExists && !times.site && (await answers(`http://127.0.0.1:${sitePort}/`, (status) => status < 500))) times.site = Date.now() - started;
    if (times.admin && (times.site || !siteExists)) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (child.exitCode !== null) throw new Error(`${label}: npm run develop exited with ${child.exitCode}:\n${output.slice(-3000)}`);
  const favicon = times.admin ? (await fetch(`${strapiUrl}/favicon.ico`).catch(() => ({ status: null }))).status : null;
  process.kill(-child.pid, 'SIGINT');
  const exitCode = await exited;
  const errors = output.split('\n').filter((line) => /TypeError|Error:|ERR!/.test(line));
  const retargeted = output.includes(`sync target now posts to ${env.SITE_WEBHOOK_URL}`);
  if (!times.admin) throw new Error(`${label}: the admin did not answer within ${TIMEOUT_MS / 60_000} min:\n${output.slice(-3000)}`);
  if (favicon !== 200) errors.push(`GET /favicon.ico answered ${favicon}`);
  return { label, adminSeconds: times.admin / 1000, siteSeconds: times.site ? times.site / 1000 : null, exitCode, errors, retargeted };
};

const removeDatabase = () => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(path.join(root, 'playground', `${DATABASE}${suffix}`), { force: true });
};

const main = async () => {
  // One database for both runs, as a developer's second start has: the sync target made by the
  // first run must follow the second run's SITE_WEBHOOK_URL (another free port).
  removeDatabase();
  const results = [await measure('first start (plugin and admin built)', { FORCE_BUILD: 'true' }), await measure('second start (sources unchanged)', {})];
  removeDatabase();
  if (!results[1].retargeted) results[1].errors.push('the sync target did not follow SITE_WEBHOOK_URL');
  console.log(`\nnpm run develop on this machine (${require('node:os').cpus().length} cores, load average ${require('node:os').loadavg()[0].toFixed(1)}):`);
  for (const { label, adminSeconds, siteSeconds, exitCode, errors } of results) {
    console.log(`- ${label}: admin ${adminSeconds.toFixed(0)} s, site ${siteSeconds === null ? 'absent' : `${siteSeconds.toFixed(0)} s`}; Ctrl-C exit ${exitCode}${errors.length ? `; printed: ${errors.join(' | ')}` : ''}`);
  }
  if (results.some(({ exitCode, errors }) => exitCode !== 0 || errors.length > 0)) process.exitCode = 1;
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
