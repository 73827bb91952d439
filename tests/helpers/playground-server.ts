/**
 * The playground as an editor meets it: `strapi build` (the admin panel, built inside the run) and
 * `strapi start` in its own process on a free port and a fresh SQLite file, next to the reference
 * site (examples/site/server.js) in its own process. For the browser suite; API tests boot Strapi
 * in-process instead (strapi.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { removeFiles, uploadPathsOf } from './uploads';

export const ROOT = path.resolve(__dirname, '..', '..');
export const PLAYGROUND_DIR = path.join(ROOT, 'playground');
const STRAPI_CLI = path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const SITE_SERVER = path.join(ROOT, 'examples', 'site', 'server.js');
// The same fingerprint and stamp as `npm run develop`: an admin either of them built is reused.
const { ADMIN_BUILD_DIR, ADMIN_STAMP: BUILD_STAMP, adminFingerprint } = require('../../scripts/fingerprint');

/** The playground's development admin (playground/src/dev-admin.ts), created at boot outside production. */
export const DEV_ADMIN = { email: 'editor@example.com', password: 'Playground-Editor-1', name: 'Playground Editor' };
/** This run's sync secret, handed to both the playground (its sync target) and the reference site. */
export const RUN_SITE_SECRET = `whsec_${crypto.randomBytes(32).toString('base64')}`;

export type RunningProcess = {
  name: string;
  child: ChildProcess;
  logFile: string;
  /** The last lines of the process's output, for error messages. */
  tail: (lines?: number) => string;
  /** SIGTERM, then SIGKILL after a grace period; resolves once the process is gone. */
  stop: () => Promise<void>;
};

// Whatever happens to the test run (a crash, a timeout, Ctrl-C), no child outlives it.
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

const tailOf = (file: string, lines = 40) => {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
};

const startProcess = (name: string, args: string[], { cwd, env, logFile }: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }): RunningProcess => {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const out = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  running.add(child);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    child.once('exit', () => {
      running.delete(child);
      resolve();
    });
  });
  return {
    name,
    child,
    logFile,
    tail: (lines) => tailOf(logFile, lines),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killed = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killed);
    },
  };
};

/** Polls `url` until it answers `ok` (bounded); fails early, with the log, if the process dies. */
const waitUntilUp = async (proc: RunningProcess, url: string, timeoutMs: number) => {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (proc.child.exitCode !== null || proc.child.signalCode !== null) {
      throw new Error(`${proc.name} exited (${proc.child.exitCode ?? proc.child.signalCode}) before it answered ${url}:\n${proc.tail()}`);
    }
    const ok = await fetch(url).then(
      (res) => res.ok,
      () => false
    );
    if (ok) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${proc.name} did not answer ${url} within ${timeoutMs} ms:\n${proc.tail()}`);
};

/**
 * `strapi build` in the playground (about a minute or two), unless the admin in playground/dist/build
 * was built (by this suite or `npm run develop`) from the same inputs. FORCE_ADMIN_BUILD=true always builds.
 */
export const ensureAdminBuild = async ({ logFile, timeoutMs = 15 * 60_000 }: { logFile: string; timeoutMs?: number }) => {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'admin'))) throw new Error('the plugin is not built (dist/admin is missing): run `npm run build`');
  const fingerprint = adminFingerprint();
  const stamped = fs.existsSync(BUILD_STAMP) ? fs.readFileSync(BUILD_STAMP, 'utf8') : null;
  if (process.env.FORCE_ADMIN_BUILD !== 'true' && stamped === fingerprint && fs.existsSync(path.join(ADMIN_BUILD_DIR, 'index.html'))) {
    return { built: false, ms: 0 };
  }
  const started = Date.now();
  const build = startProcess('strapi build', [STRAPI_CLI, 'build'], {
    cwd: PLAYGROUND_DIR,
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', BROWSER: 'none' },
    logFile,
  });
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => build.child.kill('SIGKILL'), timeoutMs);
    build.child.once('exit', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  if (code !== 0 || !fs.existsSync(path.join(ADMIN_BUILD_DIR, 'index.html'))) {
    throw new Error(`strapi build failed (exit ${code}); see ${logFile}:\n${build.tail()}`);
  }
  fs.writeFileSync(BUILD_STAMP, fingerprint);
  return { built: true, ms: Date.now() - started };
};

export type ReferenceSite = RunningProcess & { url: string; webhookUrl: string; articleUrl: (slug: string) => string };

/** examples/site/server.js on a free port, with its own data directory and secret. */
export const startReferenceSite = async ({ secret, strapiUrl, logFile }: { secret: string; strapiUrl: string; logFile: string }): Promise<ReferenceSite> => {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-site-'));
  const proc = startProcess('reference site', [SITE_SERVER], {
    cwd: path.dirname(SITE_SERVER),
    env: { ...process.env, SITE_PORT: String(port), SITE_SECRET: secret, SITE_DATA_DIR: dataDir, STRAPI_URL: strapiUrl },
    logFile,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(proc, `${url}/healthz`, 30_000);
  return {
    ...proc,
    url,
    webhookUrl: `${url}/webhooks/strapi`,
    articleUrl: (slug) => `${url}/explainers/${slug}`,
    stop: async () => {
      await proc.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

export type PlaygroundServer = RunningProcess & { url: string; bootMs: number };

/**
 * `strapi start` in the playground, serving the built admin, on a free port and a fresh SQLite file
 * in a temp directory: seeded with the Pokrovsk piece, with the development admin and the reference
 * site as its sync target (the playground's own env switches).
 */
export const startPlayground = async ({ port, site, logFile, env = {} }: { port: number; site: ReferenceSite; logFile: string; env?: NodeJS.ProcessEnv }): Promise<PlaygroundServer> => {
  const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-browser-db-'));
  const url = `http://127.0.0.1:${port}`;
  const { DATABASE_URL: _url, DATABASE_CLIENT: _client, ...inherited } = process.env;
  const proc = startProcess('strapi start', [STRAPI_CLI, 'start'], {
    cwd: PLAYGROUND_DIR,
    env: {
      ...inherited,
      // Development: the playground creates its admin and sync target; the session cookie is not `secure`.
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: url,
      // config/database.ts joins this to the app root, so it is given relative to it.
      DATABASE_FILENAME: path.relative(PLAYGROUND_DIR, path.join(dbDir, 'data.db')),
      PLAYGROUND_SEED: 'true',
      PLAYGROUND_ADMIN: 'true',
      PLAYGROUND_ADMIN_EMAIL: DEV_ADMIN.email,
      PLAYGROUND_ADMIN_PASSWORD: DEV_ADMIN.password,
      PLAYGROUND_SYNC_TARGET: 'true',
      SITE_SECRET: RUN_SITE_SECRET,
      SITE_WEBHOOK_URL: site.webhookUrl,
      SITE_ARTICLE_URL: `${site.url}/{locale/}explainers/{slug}`,
      // Strapi's Preview frames this run's site (the playground's default is localhost:3000).
      SITE_PREVIEW_URL: `${site.url}/preview/explainers/{documentId}?token={token}`,
      CE_SYNC_POLL_MS: '250',
      STRAPI_TELEMETRY_DISABLED: 'true',
      STRAPI_LOG_LEVEL: 'info',
      BROWSER: 'none',
      ...env,
    },
    logFile,
  });
  const bootMs = await waitUntilUp(proc, `${url}/_health`, 5 * 60_000).catch(async (error) => {
    await proc.stop();
    throw error;
  });
  return {
    ...proc,
    url,
    bootMs,
    stop: async () => {
      await proc.stop();
      fs.rmSync(dbDir, { recursive: true, force: true });
    },
  };
};

/** The admin API with an admin's JWT, for setup and for assertions after the UI did the work. */
export const adminApi = (baseUrl: string, token: string) => async <T = any>(method: string, route: string, body?: unknown): Promise<T> => {
  const res = await fetch(`${baseUrl}${route}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${text.slice(0, 500)}`);
  return (text ? JSON.parse(text) : null) as T;
};

/** POST /admin/login (rate-limited by Strapi: a few per email every few minutes). */
export const adminLogin = async (baseUrl: string, email: string, password: string) => {
  const res = await fetch(`${baseUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  const body = (await res.json()) as any;
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(body)}`);
  return body.data.token as string;
};

/**
 * A second newsroom editor: a role holding exactly `actions`, a user in it, registered through the
 * invitation token as the admin's "invite" flow does. Returns the credentials for the login form.
 */
export const createEditor = async (
  baseUrl: string,
  superAdminToken: string,
  { firstname, lastname, email, password, roleName, actions }: { firstname: string; lastname: string; email: string; password: string; roleName: string; actions: string[] }
) => {
  const call = adminApi(baseUrl, superAdminToken);
  const role = await call<{ data: { id: number } }>('POST', '/admin/roles', { name: roleName, description: 'Claims desk editors' });
  const permissions = actions.map((action) => ({ action, subject: null, conditions: [], properties: {} }));
  await call('PUT', `/admin/roles/${role.data.id}/permissions`, { permissions });
  const user = await call<{ data: { registrationToken: string } }>('POST', '/admin/users', { firstname, lastname, email, roles: [role.data.id] });
  const res = await fetch(`${baseUrl}/admin/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ registrationToken: user.data.registrationToken, userInfo: { firstname, lastname, password } }),
  });
  if (res.status !== 200) throw new Error(`register ${email}: ${res.status} ${await res.text()}`);
  return { email, password, name: `${firstname} ${lastname}` };
};

/** The seed the playground carries (playground/seed/pokrovsk.json): journeys find their claims, maps and images in it. */
export const PLAYGROUND_SEED = JSON.parse(fs.readFileSync(path.join(PLAYGROUND_DIR, 'seed', 'pokrovsk.json'), 'utf8'));

export type AdminJourneyServers = {
  site: ReferenceSite;
  strapi: PlaygroundServer;
  /** The development admin's admin-API session, for setup and after-the-fact checks. */
  api: ReturnType<typeof adminApi>;
  adminToken: string;
  /** Stops Strapi and the site (each stop runs even if the other fails) and removes Strapi's uploaded files. */
  stop: () => Promise<void>;
};

/**
 * Everything a browser journey through the admin starts with, its logs in `out` (emptied first):
 * the admin built (or found up to date), the reference site, the playground pointed at it, and an
 * admin-API session of the development admin.
 */
/** `env`: the playground's own switches for this journey (e.g. a re-verification policy). */
export const startAdminJourneyServers = async (out: string, { env }: { env?: NodeJS.ProcessEnv } = {}): Promise<AdminJourneyServers> => {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const build = await ensureAdminBuild({ logFile: path.join(out, 'admin-build.log') });
  console.log(build.built ? `admin built in ${Math.round(build.ms / 1000)} s` : 'admin build up to date (playground/dist/build)');

  const strapiPort = await freePort();
  const site = await startReferenceSite({ secret: RUN_SITE_SECRET, strapiUrl: `http://127.0.0.1:${strapiPort}`, logFile: path.join(out, 'site.log') });
  let strapi: PlaygroundServer;
  try {
    strapi = await startPlayground({ port: strapiPort, site, logFile: path.join(out, 'strapi.log'), env });
  } catch (error) {
    await site.stop();
    throw error;
  }
  console.log(`strapi start answered after ${Math.round(strapi.bootMs / 1000)} s at ${strapi.url}; site at ${site.url}`);
  let api: AdminJourneyServers['api'] | null = null;
  const stop = async () => {
    // The files this Strapi stored in the playground's uploads folder (seed and test uploads), and no others.
    const files = api ? await api<{ results?: any[] } | any[]>('GET', '/upload/files?pageSize=1000').catch(() => []) : [];
    await Promise.allSettled([strapi.stop(), site.stop()]);
    removeFiles(uploadPathsOf(Array.isArray(files) ? files : files.results ?? []));
  };
  try {
    const adminToken = await adminLogin(strapi.url, DEV_ADMIN.email, DEV_ADMIN.password);
    api = adminApi(strapi.url, adminToken);
    return { site, strapi, api, adminToken, stop };
  } catch (error) {
    await stop();
    throw error;
  }
};
