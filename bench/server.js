'use strict';
/**
 * The Strapi side of the benchmark, run by bench/run.js with child_process.fork. Boots the playground
 * (the plugin loaded from ../dist) on a fresh SQLite file, listens on 127.0.0.1 (ephemeral port),
 * creates a full-access API token for the plain-REST baseline, then obeys IPC commands:
 *
 *   { id, cmd: 'warmPublishes', count }     → publish the unchanged draft `count` times (no revision)
 *   { id, cmd: 'publishes', count, label }  → update + publish `count` times, returns per-publish ms
 *   { id, cmd: 'history', total }           → bulk-inserts revisions until the explainer has `total`
 *   { id, cmd: 'revisions' }                → the explainer's revision numbers (for the consecutive check)
 *   { id, cmd: 'createSyncTarget', url, secret } → a sync target (snapshot payloads) for the receiver
 *   { id, cmd: 'publishOnce', documentId, label } → update + publish once; wall-clock start, publish ms, revision
 *   { id, cmd: 'waitDelivered', revision } → until the outbox row of `revision` is delivered (or dead)
 *   { id, cmd: 'syncDeliveries', targetId? } → the outbox rows (target, state, attempts, last attempt, next attempt) for the delivery checks
 *   { id, cmd: 'disableSyncTargets' }       → disables every enabled sync target (before a phase adds its own)
 *   { id, cmd: 'seedClaims', documentId, count } → actors + `count` claims, tracked by the draft explainer
 *   { id, cmd: 'untrackSeededClaims', documentId } → disconnects seedClaims' claims from the draft again
 *   { id, cmd: 'deskTimings', queries, warmup, runs } → times claims-desk list() per query
 *   { id, cmd: 'adminUser' }                → a super admin (email, password) for the admin API
 *   { id, cmd: 'profileStart' } / { id, cmd: 'profileStop', file } → CPU profile, with a self-time summary
 *   { id, cmd: 'stop' }                     → removes the run's uploads, destroys Strapi, exits
 *
 * Replies { id, ok: true, result } or { id, ok: false, error }. Exits when the parent goes away.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const PLAYGROUND = path.resolve(__dirname, '..', 'playground');
// Relative to playground/ (its config joins it onto the app root). Kept under bench/ rather than
// playground/.tmp, which other tooling may wipe while a run is going on.
const DB_RELATIVE = '../bench/.tmp/bench.db';
const EXPLAINER = 'plugin::conflict-explainer.explainer';
const CLAIM = 'plugin::conflict-explainer.claim';
const ACTOR = 'plugin::conflict-explainer.actor';
const REVISIONS_TABLE = 'conflict_explainer_revisions';
const DEFAULT_LOCALE = 'en';
const DELIVERIES_TABLE = 'conflict_explainer_sync_deliveries';

/** Wall-clock ms with sub-millisecond precision, comparable with the receiver process's clock. */
const wallClock = () => performance.timeOrigin + performance.now();

let strapi = null;
let stopping = null;
// The seed's files on disk (originals and formats), so clean-up can remove them even when the
// database is busy with an interrupted command.
let uploadPaths = [];

/** Long commands stop between steps once clean-up has begun (it needs the database connection). */
const bail = () => {
  if (stopping) throw new Error('the bench server is stopping');
};
/**
 * better-sqlite3 answers synchronously, so a loop of writes can run as one long chain of microtasks
 * in which neither timers nor IPC events (the parent's disconnect) get a turn: loops yield now and then.
 */
const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve));

// With a callback, a reply racing the parent's departure (EPIPE) is dropped instead of thrown.
const send = (message) => {
  if (process.connected) process.send(message, (error) => error && undefined);
};

const freshDatabase = () => {
  const file = path.join(PLAYGROUND, DB_RELATIVE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const candidate of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(candidate, { force: true });
};

const boot = async () => {
  freshDatabase();
  Object.assign(process.env, {
    STRAPI_TELEMETRY_DISABLED: 'true',
    PLAYGROUND_ADMIN: 'false',
    PLAYGROUND_SEED: 'true',
    // English only, so the numbers stay comparable with runs before the seeded editions.
    PLAYGROUND_SEED_EDITIONS: 'false',
    // No sync target at boot: publishes make no deliveries until the sync phase creates its own
    // target (bench/receiver.js), after the publish-cost phase.
    PLAYGROUND_SYNC_TARGET: 'false',
    // The worker runs with the default poll interval; the sync phase measures the wake on commit.
    CE_SYNC_WORKER: 'true',
    CE_SYNC_POLL_MS: '1000',
    STRAPI_LOG_LEVEL: process.env.BENCH_LOG_LEVEL || 'error',
    DATABASE_FILENAME: DB_RELATIVE,
    NODE_ENV: process.env.NODE_ENV || 'production',
  });
  // The playground refuses its committed development secrets in production: one-off random ones.
  for (const name of ['ADMIN_JWT_SECRET', 'API_TOKEN_SALT', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY', 'APP_KEYS']) {
    process.env[name] = process.env[name] || crypto.randomBytes(24).toString('base64url');
  }
  // The benchmark always runs on its own SQLite file, whatever the shell points at.
  delete process.env.DATABASE_URL;

  const t0 = performance.now();
  const { createStrapi } = require('@strapi/strapi');
  strapi = createStrapi({ appDir: PLAYGROUND, distDir: path.join(PLAYGROUND, 'dist'), autoReload: false, serveAdminPanel: false });
  await strapi.load();
  await new Promise((resolve, reject) => {
    strapi.server.httpServer.once('error', reject);
    strapi.server.listen(Number(process.env.BENCH_PORT || 0), '127.0.0.1', resolve);
  });
  const { port } = strapi.server.httpServer.address();
  const bootMs = performance.now() - t0;

  const explainer = await strapi.documents(EXPLAINER).findFirst({ filters: { slug: 'pokrovsk' }, fields: ['documentId'] });
  if (!explainer) throw new Error('the seeded explainer (slug pokrovsk) was not found');
  const publicDir = (strapi.dirs && strapi.dirs.static && strapi.dirs.static.public) || path.join(PLAYGROUND, 'public');
  for (const file of await strapi.db.query('plugin::upload.file').findMany({ select: ['url', 'formats'] })) {
    const formats = typeof file.formats === 'string' ? JSON.parse(file.formats) : file.formats || {};
    for (const url of [file.url, ...Object.values(formats).map((format) => format && format.url)]) {
      if (typeof url === 'string' && url.startsWith('/uploads/')) uploadPaths.push(path.join(publicDir, url));
    }
  }
  const token = await strapi.service('admin::api-token').create({
    name: `bench-${Date.now()}`,
    description: 'bench/run.js',
    type: 'full-access',
    lifespan: null,
  });
  if (!token || !token.accessKey) throw new Error('could not create an API token');
  return { port, documentId: explainer.documentId, accessKey: token.accessKey, bootMs };
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The English (default) edition's revision numbers; the editions phase adds uk and ru sequences beside them. */
const revisionNumbers = async (documentId) => {
  const rows = await strapi.db
    .connection(REVISIONS_TABLE)
    .select('number')
    .where('explainer_document_id', documentId)
    .andWhere((query) => query.where('locale', DEFAULT_LOCALE).orWhereNull('locale'))
    .orderBy('number', 'asc');
  return rows.map((row) => Number(row.number));
};

/**
 * Warms the publish path up (JIT, statement caches) without adding history: publishing an unchanged
 * draft re-renders and hashes the snapshot but records no revision.
 */
const warmPublishes = async ({ documentId, count }) => {
  const before = await revisionNumbers(documentId);
  const timings = [];
  for (let i = 0; i < count; i += 1) {
    bail();
    const t = performance.now();
    await strapi.documents(EXPLAINER).publish({ documentId });
    timings.push(performance.now() - t);
  }
  const after = await revisionNumbers(documentId);
  return { timingsMs: timings, medianMs: median(timings), revisionsAdded: after.length - before.length };
};

/** Each iteration changes the draft (so a revision is recorded) and times the publish alone. */
const publishes = async ({ documentId, count, label }) => {
  const documents = strapi.documents(EXPLAINER);
  const before = await revisionNumbers(documentId);
  const timings = [];
  for (let i = 0; i < count; i += 1) {
    bail();
    await documents.update({ documentId, data: { standfirst: `bench ${label} ${i} ${crypto.randomUUID()}` } });
    const t = performance.now();
    await documents.publish({ documentId });
    timings.push(performance.now() - t);
  }
  const after = await revisionNumbers(documentId);
  const expected = [];
  for (let n = before.length ? before[before.length - 1] + 1 : 1; expected.length < count; n += 1) expected.push(n);
  const recorded = after.slice(before.length);
  const allRecorded = recorded.length === count && recorded.every((n, i) => n === expected[i]);
  return {
    label,
    historyBefore: before.length,
    historyAfter: after.length,
    timingsMs: timings,
    medianMs: median(timings),
    minMs: Math.min(...timings),
    maxMs: Math.max(...timings),
    numbers: recorded,
    allRecorded,
  };
};

/**
 * Brings the explainer's history to `total` revisions by copying its latest revision row with new
 * numbers (INSERT … SELECT, so the large JSON columns are copied inside the database), in batches
 * inside one transaction. Every column is kept except id (new), number (max+1, max+2, …),
 * document_id (a fresh random one per row) and content_hash (random).
 */
const history = async ({ documentId, total }) => {
  const knex = strapi.db.connection;
  const t0 = performance.now();
  const latest = await knex(REVISIONS_TABLE).where('explainer_document_id', documentId).orderBy('number', 'desc').first('id', 'number');
  if (!latest) throw new Error('the explainer has no revision to copy');
  const [{ count }] = await knex(REVISIONS_TABLE).where('explainer_document_id', documentId).count({ count: '*' });
  const toInsert = Math.max(0, total - Number(count));
  const columns = Object.keys(await knex(REVISIONS_TABLE).columnInfo());
  const replaced = new Set(['id', 'number', 'content_hash', 'document_id']);
  const copied = columns.filter((column) => !replaced.has(column));
  const target = ['number', 'content_hash', ...(columns.includes('document_id') ? ['document_id'] : []), ...copied];
  const perRow = columns.includes('document_id') ? 3 : 2;
  const BATCH = 100;
  const quote = (name) => knex.raw('??', [name]).toQuery();
  await knex.transaction(async (trx) => {
    for (let done = 0; done < toInsert; done += BATCH) {
      bail();
      const size = Math.min(BATCH, toInsert - done);
      const values = [];
      const bindings = [];
      for (let i = 0; i < size; i += 1) {
        values.push(`(${new Array(perRow).fill('?').join(', ')})`);
        bindings.push(Number(latest.number) + done + i + 1, crypto.randomBytes(32).toString('hex'));
        if (perRow === 3) bindings.push(crypto.randomBytes(12).toString('base64url').toLowerCase().slice(0, 24));
      }
      // VALUES columns are named column1, column2, … in both SQLite and PostgreSQL.
      const sql =
        `INSERT INTO ${quote(REVISIONS_TABLE)} (${target.map(quote).join(', ')}) ` +
        `SELECT v.column1, v.column2, ${perRow === 3 ? 'v.column3, ' : ''}${copied.map((c) => `r.${quote(c)}`).join(', ')} ` +
        `FROM ${quote(REVISIONS_TABLE)} r CROSS JOIN (VALUES ${values.join(', ')}) v WHERE r.id = ?`;
      await trx.raw(sql, [...bindings, latest.id]);
    }
  });
  const numbers = await revisionNumbers(documentId);
  return { inserted: toInsert, total: numbers.length, maxNumber: numbers[numbers.length - 1], ms: performance.now() - t0 };
};

/* ------------------------------------------------------------------ publish to site (sync) */

/** A sync target pointing at bench/receiver.js, sending whole snapshots (the heavier payload). */
const createSyncTarget = async ({ url, secret }) =>
  strapi.plugin('conflict-explainer').service('sync').createTarget({ name: 'bench receiver', url, enabled: true, payloadMode: 'snapshot', secret });

/**
 * One publish as an editor does it: the draft changes (not timed), then the publish. `startedAt` is
 * the wall clock just before the publish call; the receiver's arrival time is compared with it.
 */
const publishOnce = async ({ documentId, label }) => {
  const documents = strapi.documents(EXPLAINER);
  await documents.update({ documentId, data: { standfirst: `bench ${label} ${crypto.randomUUID()}` } });
  const startedAt = wallClock();
  const t = performance.now();
  await documents.publish({ documentId });
  const publishMs = performance.now() - t;
  const returnedAt = wallClock();
  const latest = await strapi.db.connection(REVISIONS_TABLE).where('explainer_document_id', documentId).max({ number: 'number' }).first();
  return { startedAt, returnedAt, publishMs, number: Number(latest.number) };
};

/** Waits until the worker has recorded the delivery of `revision` (so publishes do not overlap its bookkeeping). */
const waitDelivered = async ({ revision, timeoutMs = 5000 }) => {
  const t0 = performance.now();
  for (;;) {
    bail();
    const row = await strapi.db.connection(DELIVERIES_TABLE).where('revision_number', revision).first('state');
    if (row && row.state !== 'pending' && row.state !== 'delivering') return { state: row.state, waitedMs: performance.now() - t0 };
    if (performance.now() - t0 > timeoutMs) return { state: row ? row.state : null, waitedMs: performance.now() - t0 };
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
};

const syncDeliveries = async ({ targetId } = {}) => {
  const query = strapi.db.connection(DELIVERIES_TABLE).select('target_id', 'revision_number', 'state', 'attempts', 'webhook_id', 'last_error', 'attempt_log', 'next_attempt_at').orderBy('id');
  const rows = await (targetId == null ? query : query.where('target_id', targetId));
  return rows.map((row) => {
    const attempts = typeof row.attempt_log === 'string' ? JSON.parse(row.attempt_log) : row.attempt_log || [];
    const last = attempts[attempts.length - 1];
    return {
      targetId: Number(row.target_id),
      revision: Number(row.revision_number),
      state: row.state,
      attempts: Number(row.attempts),
      webhookId: row.webhook_id,
      lastError: row.last_error,
      // The worker's own timing of its last attempt: payload built, signed, POSTed, answer read.
      lastAttemptMs: last && Number.isFinite(last.durationMs) ? last.durationMs : null,
      // Wall-clock ms: when the last attempt ended, and when the worker will try again.
      lastAttemptEndedAt: last ? Date.parse(last.at) + (last.durationMs || 0) : null,
      nextAttemptAt: row.next_attempt_at == null ? null : new Date(row.next_attempt_at).getTime(),
    };
  });
};

/** Every enabled target off (no more deliveries to a receiver that has gone), so a phase can add its own. */
const disableSyncTargets = async () => {
  const sync = strapi.plugin('conflict-explainer').service('sync');
  const disabled = [];
  for (const target of await sync.listTargets()) {
    if (!target.enabled) continue;
    await sync.updateTarget(target.id, { enabled: false });
    disabled.push(target.id);
  }
  return { disabled };
};

/* ------------------------------------------------------------------ claims desk */

// The claims seedClaims created (documentIds), so untrackSeededClaims can take them off the draft again.
let seededClaimIds = [];

const BENCH_ACTORS = [
  { name: 'Bench: General Staff of the Armed Forces of Ukraine', kind: 'military', side: 'ukraine' },
  { name: 'Bench: Ukrainian brigade press service', kind: 'military-unit', side: 'ukraine' },
  { name: 'Bench: Russian Ministry of Defence', kind: 'ministry', side: 'russia' },
  { name: 'Bench: Russian military blogger', kind: 'analyst', side: 'russia' },
  { name: 'Bench: Institute for the Study of War', kind: 'think-tank', side: 'international' },
  { name: 'Bench: UN monitoring mission', kind: 'official', side: 'international' },
  { name: 'Bench: DeepState map team', kind: 'osint-group', side: 'independent' },
  { name: 'Bench: Independent geolocation analyst', kind: 'analyst', side: 'independent' },
];
const BENCH_MEDIA = ['statement', 'video', 'social-post', 'briefing', 'report'];
const BENCH_PLACES = ['Pokrovsk', 'Myrnohrad', 'Selydove', 'Kurakhove', 'Toretsk', 'Kostiantynivka', 'Chasiv Yar', 'Rodynske'];
const BENCH_CLAIMS = [
  'forces advanced along the railway south of',
  'a supply road into',
  'drone footage shows fighting on the eastern edge of',
  'troops were pushed back from positions near',
  'the water supply of',
  'civilians are still leaving',
  'a counter-attack restored the line north of',
  'artillery struck the industrial zone of',
];
const DAY = 24 * 3600_000;

/**
 * Eight actors (two per side), then `count` claims through the Document Service, as any write path
 * makes them (the plugin's validation and claim middlewares run), 200 to a transaction; each batch is
 * connected to the draft explainer (the desk lists what the draft tracks) in the same transaction.
 * Status rotates through all seven; lastVerifiedAt is null, 10 days old or 2 hours old in turn;
 * madeAt spreads over 90 days; one claim in eight names Pokrovsk.
 */
const seedClaims = async ({ documentId, count, batch = 200 }) => {
  const t0 = performance.now();
  const now = Date.now();
  // The claim statuses as the built plugin defines them (shared/constants CLAIM_STATUSES, via the schema).
  const statuses = strapi.contentType(CLAIM).attributes.claimStatus.enum;
  const actors = [];
  for (const actor of BENCH_ACTORS) actors.push({ ...actor, documentId: (await strapi.documents(ACTOR).create({ data: actor })).documentId });
  const before = await strapi.db.query(CLAIM).count({ where: { explainers: { documentId, publishedAt: null } } });
  for (let done = 0; done < count; done += batch) {
    await strapi.db.transaction(async () => {
      const ids = [];
      const verifiedAt = {};
      for (let i = done; i < Math.min(count, done + batch); i += 1) {
        if (i % 20 === 0) await yieldToEventLoop();
        bail();
        const actor = actors[i % actors.length];
        const verified = i % 3 === 0 ? null : new Date(now - (i % 3 === 1 ? 10 * DAY : 2 * 3600_000)).toISOString();
        const claim = await strapi.documents(CLAIM).create({
          data: {
            statement: `${actor.name.replace('Bench: ', '')}: ${BENCH_CLAIMS[(i >> 3) % BENCH_CLAIMS.length]} ${BENCH_PLACES[i % BENCH_PLACES.length]} (bench claim ${i + 1})`,
            claimant: actor.documentId,
            medium: BENCH_MEDIA[i % BENCH_MEDIA.length],
            madeAt: new Date(now - ((i * 37) % 90) * DAY - (i % 24) * 3600_000).toISOString(),
            claimStatus: statuses[i % statuses.length],
          },
        });
        if (verified) (verifiedAt[verified] ??= []).push(claim.documentId);
        ids.push(claim.documentId);
        seededClaimIds.push(claim.documentId);
      }
      // lastVerifiedAt is the desk's to write (a hand-written one is refused): the fixture sets it in the table, one query per time.
      for (const [at, documentIds] of Object.entries(verifiedAt)) {
        await strapi.db.query(CLAIM).updateMany({ where: { documentId: { $in: documentIds } }, data: { lastVerifiedAt: at } });
      }
      await strapi.documents(EXPLAINER).update({ documentId, data: { claims: { connect: ids } } });
    });
  }
  const tracked = await strapi.db.query(CLAIM).count({ where: { explainers: { documentId, publishedAt: null } } });
  return { actors: actors.length, created: count, trackedBefore: before, tracked, ms: performance.now() - t0 };
};

/**
 * Takes the claims seedClaims added off the draft again (disconnect, 200 to a transaction), so a later
 * publish renders the seeded explainer, not 2,000 more claims. The claims themselves stay.
 */
const untrackSeededClaims = async ({ documentId, batch = 200 }) => {
  const t0 = performance.now();
  const ids = seededClaimIds;
  for (let done = 0; done < ids.length; done += batch) {
    bail();
    await yieldToEventLoop();
    await strapi.db.transaction(async () => {
      await strapi.documents(EXPLAINER).update({ documentId, data: { claims: { disconnect: ids.slice(done, done + batch) } } });
    });
  }
  seededClaimIds = [];
  const tracked = await strapi.db.query(CLAIM).count({ where: { explainers: { documentId, publishedAt: null } } });
  return { disconnected: ids.length, tracked, ms: performance.now() - t0 };
};

/** Times the claims desk's list(), what GET /conflict-explainer/claims calls, per query. */
const deskTimings = async ({ queries, warmup, runs }) => {
  const desk = strapi.plugin('conflict-explainer').service('claims-desk');
  const results = [];
  for (const { name, query } of queries) {
    for (let i = 0; i < warmup; i += 1) {
      bail();
      await desk.list(query);
    }
    const timings = [];
    let last = null;
    for (let i = 0; i < runs; i += 1) {
      await yieldToEventLoop();
      bail();
      const t = performance.now();
      last = await desk.list(query);
      timings.push(performance.now() - t);
    }
    results.push({ name, query, total: last.meta.pagination.total, returned: last.data.length, timingsMs: timings });
  }
  return results;
};

/** A super admin for the admin API (the claims desk's HTTP route). */
const adminUser = async () => {
  const role = await strapi.service('admin::role').getSuperAdmin();
  const email = `bench-desk-${Date.now()}@example.com`;
  const password = `Bench-Desk-9${crypto.randomBytes(6).toString('hex')}`;
  await strapi.service('admin::user').create({ email, firstname: 'Bench', lastname: 'Desk', password, isActive: true, roles: [role.id] });
  return { email, password };
};

/** Idempotent: every caller (stop command, disconnect, signal) waits for the same clean-up. */
const stop = () => {
  if (!stopping) stopping = cleanUp();
  return stopping;
};
const withTimeout = (promise, ms) => Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms).unref())]);
const cleanUp = async () => {
  let removedUploads = 0;
  let removedFilesDirectly = 0;
  if (strapi) {
    // The seed uploaded its placeholder images; take this run's files off the disk again, through
    // the upload service while the database answers (an interrupted command gives it up at its next step).
    await withTimeout(
      (async () => {
        const files = await strapi.db.query('plugin::upload.file').findMany({});
        for (const file of files) {
          await strapi.plugin('upload').service('upload').remove(file);
          removedUploads += 1;
        }
      })().catch((error) => console.error('[bench server] could not remove uploads:', error.message)),
      2500
    );
    // Whatever is left of them (database busy or gone): off the disk directly.
    for (const file of uploadPaths) {
      if (!fs.existsSync(file)) continue;
      fs.rmSync(file, { force: true });
      removedFilesDirectly += 1;
    }
    await withTimeout(strapi.destroy().catch(() => undefined), 1500);
  }
  // The database is only this run's scratch space (BENCH_KEEP_DB=true keeps it for a look).
  if (process.env.BENCH_KEEP_DB !== 'true') {
    const file = path.join(PLAYGROUND, DB_RELATIVE);
    for (const candidate of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(candidate, { force: true });
  }
  return { removedUploads, removedFilesDirectly };
};

/** CPU profile of this process (the Strapi server) between profileStart and profileStop. */
let inspectorSession = null;
const post = (method, params = {}) =>
  new Promise((resolve, reject) => inspectorSession.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
const profileStart = async () => {
  const inspector = require('node:inspector');
  inspectorSession = new inspector.Session();
  inspectorSession.connect();
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.start');
  return true;
};
const profileStop = async ({ file }) => {
  const { profile } = await post('Profiler.stop');
  inspectorSession.disconnect();
  inspectorSession = null;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(profile));
  // Self time by function, heaviest first.
  const total = profile.samples.length;
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const counts = new Map();
  for (const id of profile.samples) {
    const { functionName, url, lineNumber } = byNode.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*node_modules\//, '').replace(/^file:\/\//, '')}:${lineNumber + 1}` : ''}`.trim();
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([name, n]) => ({ selfPercent: Number(((100 * n) / total).toFixed(1)), name }));
  return { file, samples: total, top };
};

/** The playground's uk and ru editions of the seeded piece (its own seeding, idempotent); the locales it added. */
const seedEditions = async () => {
  const { seedPokrovsk } = require(path.join(PLAYGROUND, 'dist', 'src', 'seed.js'));
  const { loadEditions } = require(path.join(PLAYGROUND, 'dist', 'src', 'seed-editions.js'));
  const result = await seedPokrovsk(strapi, undefined, loadEditions(path.join(PLAYGROUND, 'seed')));
  return result.editionsCreated;
};

const commands = {
  seedEditions,
  profileStart,
  profileStop,
  warmPublishes,
  publishes,
  history,
  revisions: async ({ documentId }) => revisionNumbers(documentId),
  createSyncTarget,
  publishOnce,
  waitDelivered,
  syncDeliveries,
  disableSyncTargets,
  seedClaims,
  untrackSeededClaims,
  deskTimings,
  adminUser,
  stop: async () => {
    const result = await stop();
    setTimeout(() => process.exit(0), 50);
    return result;
  },
};

process.on('message', async (message) => {
  const handler = commands[message && message.cmd];
  if (!handler) return send({ id: message && message.id, ok: false, error: `unknown command ${message && message.cmd}` });
  try {
    send({ id: message.id, ok: true, result: await handler(message) });
  } catch (error) {
    send({ id: message.id, ok: false, error: (error && error.stack) || String(error) });
  }
});

// No orphans: when bench/run.js goes away (even killed), so does this process, cleaning up first
// (Ctrl-C reaches the whole process group; a signal gets the same treatment).
const leave = (code) => {
  stop().finally(() => process.exit(code));
  setTimeout(() => process.exit(code), 5000).unref();
};
process.on('disconnect', () => leave(0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => leave(130));

boot().then(
  (info) => send({ type: 'ready', ...info }),
  (error) => {
    send({ type: 'boot-error', error: (error && error.stack) || String(error) });
    setTimeout(() => process.exit(1), 100);
  }
);
