#!/usr/bin/env node
'use strict';
/**
 * `npm run bench`: the plugin's performance claims, measured side by side in one run.
 *
 *  1. Builds the plugin (dist/) and compiles the TypeScript playground (playground/dist/).
 *  2. Boots the playground Strapi in a child process (bench/server.js) on a fresh SQLite file,
 *     seeded with the Pokrovsk explainer, and a bare node:http server (bench/bare.js) that answers
 *     with the exact bytes of the public read.
 *  3. Loads three endpoints from separate generator processes (bench/load.js), same concurrency and
 *     measured duration: the bare server and the plugin's public read in alternating rounds, then
 *     plain Strapi REST with full populate.
 *  4. Times publishes with ~1 earlier revision, bulk-inserts history up to 1,000 revisions, times
 *     publishes again, and checks revision numbers stayed consecutive.
 *  5. Publish to site: only now creates a sync target pointing at a loopback receiver
 *     (bench/receiver.js, verifies Standard Webhooks signatures) and times 30 publishes, one at a
 *     time, from the publish call to the receiver's arrival of that revision.
 *     After an outage: a target of its own at a receiver answering 503 while 5 revisions are
 *     published; the site recovers right after the first revision's third failure; reports
 *     recovery → every revision at the site against the backoff step, order, and none twice.
 *  6. Claims desk: adds 2,000 claims to the Pokrovsk draft, times the claims-desk service's list()
 *     for five filter sets in the Strapi process, and the admin route once through HTTP.
 *  7. Load while publishing: takes those claims off the draft again, disables the earlier sync
 *     target and creates its own (a fresh receiver), then runs 60 s of closed-loop public reads (the
 *     read phase's URL and concurrency, load.js tracking each answer's X-Explainer-Revision and
 *     checking a sample of bodies) while an editor, an admin over HTTP, edits the standfirst
 *     (content-manager PUT) and publishes through the plugin's admin route with a public note every
 *     3 s. Reports reads/s, p50/p99/max, errors, per-second buckets, publish call times, how soon
 *     readers get each new revision (and stale reads after a publish returned), and whether every
 *     revision reached the receiver exactly once, signed.
 *  8. Prints a table, writes bench/results.json (gitignored), and bench/REPORT.md with the chart
 *     bench/load-while-publishing.svg (+ .png) through bench/report.js.
 *
 * Reports, does not assert: exits 0 when a target is missed; non-zero when the app does not boot,
 * an endpoint answers with errors (also under load while publishing: non-2xx, socket errors,
 * timeouts, wrong bodies), revision numbers are not consecutive, a publish records no revision, a
 * published revision does not reach the receiver exactly once with a valid signature (also after
 * the outage, and in revision order), or the claims desk answers wrongly.
 *
 * Env: BENCH_SECONDS (8), BENCH_WARMUP_SECONDS (2), BENCH_CONCURRENCY (32), BENCH_ROUNDS (4: bare and
 * public alternate in rounds of BENCH_SECONDS / BENCH_ROUNDS), BENCH_PUBLISHES (20),
 * BENCH_HISTORY (1000), BENCH_SYNC_PUBLISHES (30), BENCH_SYNC_WARMUPS (2), BENCH_OUTAGE_PUBLISHES (5),
 * BENCH_OUTAGE_FAILURES (3: failures of the first revision before the site recovers), BENCH_CLAIMS (2000),
 * BENCH_DESK_RUNS (30), BENCH_DESK_HTTP_RUNS (30), BENCH_LOAD_SECONDS (60), BENCH_LOAD_PUBLISH_EVERY_MS
 * (3000), BENCH_LOAD_GENERATORS (1: load.js processes sharing BENCH_CONCURRENCY),
 * BENCH_LOAD_BODY_CHECK_EVERY (100: every n-th body parsed and checked), BENCH_SKIP_BUILD=true (reuse
 * dist/ and playground/dist/), BENCH_PROFILE=true (CPU profile of the Strapi process during the
 * public-read phase, into bench/profiles/), BENCH_TIMEOUT_SECONDS (480 + BENCH_LOAD_SECONDS: watchdog).
 */
const { execFileSync, fork } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const ROOT = path.resolve(__dirname, '..');
const PLAYGROUND = path.join(ROOT, 'playground');
const RESULTS = path.join(__dirname, 'results.json');
const { writeReport, reproduceCommand } = require('./report');

const num = (name, fallback) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const SETTINGS = {
  seconds: num('BENCH_SECONDS', 8),
  warmupSeconds: num('BENCH_WARMUP_SECONDS', 2),
  concurrency: Math.round(num('BENCH_CONCURRENCY', 32)),
  publishes: Math.round(num('BENCH_PUBLISHES', 20)),
  history: Math.round(num('BENCH_HISTORY', 1000)),
  rounds: Math.round(num('BENCH_ROUNDS', 4)),
  timeoutMs: 10_000,
  // After an outage: revisions published while the site answers 503, then the site recovers.
  outagePublishes: Math.round(num('BENCH_OUTAGE_PUBLISHES', 5)),
  outageFailures: Math.round(num('BENCH_OUTAGE_FAILURES', 3)),
  // Publish to site: measured publishes, after a few unmeasured ones (first connection, first fetch).
  syncPublishes: Math.round(num('BENCH_SYNC_PUBLISHES', 30)),
  syncWarmups: Math.round(num('BENCH_SYNC_WARMUPS', 2)),
  // Claims desk: claims added to the explainer, timed runs per query (after 3 warm-up runs).
  claims: Math.round(num('BENCH_CLAIMS', 2000)),
  deskRuns: Math.round(num('BENCH_DESK_RUNS', 30)),
  deskWarmups: 3,
  httpRuns: Math.round(num('BENCH_DESK_HTTP_RUNS', 30)),
  // Load while publishing: public reads for loadSeconds while an editor publishes every loadPublishEveryMs.
  loadSeconds: num('BENCH_LOAD_SECONDS', 60),
  loadPublishEveryMs: Math.round(num('BENCH_LOAD_PUBLISH_EVERY_MS', 3000)),
  loadGenerators: Math.round(num('BENCH_LOAD_GENERATORS', 1)),
  loadBodyCheckEvery: Math.round(num('BENCH_LOAD_BODY_CHECK_EVERY', 100)),
};
SETTINGS.maxRequests = Math.max(100_000, Math.round(SETTINGS.seconds * 50_000));
const TARGETS = { publicVsBare: 0.7, publicVsStrapiRest: 10, publishRatioMax: 1.5, syncP50MaxMs: 100, deskP95MaxMs: 200 };
// BENCH_PROFILE=true: CPU-profile the Strapi process during the public-read phase (bench/profiles/).
const PROFILE = process.env.BENCH_PROFILE === 'true';
// A hard ceiling on the whole run, whatever happens (the load-while-publishing phase adds its length).
const WATCHDOG_MS = num('BENCH_TIMEOUT_SECONDS', 480 + SETTINGS.loadSeconds) * 1000;

const SLUG = 'pokrovsk';
const EXPLAINER_UID = 'plugin::conflict-explainer.explainer';
const REST_POPULATE = [
  'status=published',
  'populate[heroImage][populate]=*',
  'populate[body][on][conflict-explainer.credited-image][populate]=*',
  'populate[body][on][conflict-explainer.map-embed][populate]=*',
  'populate[body][on][conflict-explainer.claim-embed][populate][claim][populate]=*',
  'populate[body][on][conflict-explainer.section-heading]=true',
  'populate[body][on][conflict-explainer.rich-text]=true',
  'populate[body][on][conflict-explainer.quote][populate]=*',
  'populate[claims][populate]=*',
].join('&');

const log = (...args) => console.log('[bench]', ...args);

/* ------------------------------------------------------------------ children and cleanup */

const children = new Set();
const track = (child) => {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
};
let signalled = false;
const killAll = (signal = 'SIGKILL') => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
};
process.on('exit', () => killAll());
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    signalled = true;
    log(`${signal}: stopping`);
    // Children leave when their IPC channel closes (the Strapi one removes its uploads and database
    // first); whatever is still there after 6 s is killed.
    for (const child of children) if (child.connected) child.disconnect();
    setTimeout(() => {
      killAll();
      process.exit(130);
    }, 6000).unref();
    process.exitCode = 130;
  });
}

const forkChild = (file, env = {}, options = {}) =>
  track(fork(path.join(__dirname, file), [], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], ...options }));

const waitFor = (child, predicate, timeoutMs, what) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`${what}: no answer within ${timeoutMs / 1000} s`)), timeoutMs);
    const onMessage = (message) => {
      if (message && (message.type === 'boot-error' || message.type === 'error')) return fail(new Error(`${what}: ${message.error}`));
      if (predicate(message)) {
        cleanup();
        resolve(message);
      }
    };
    const onExit = (code, signal) => fail(new Error(`${what}: process exited (${signal || code})`));
    const cleanup = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    const fail = (error) => {
      cleanup();
      reject(error);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });

/** Request/response over IPC with the Strapi child. */
let nextId = 1;
const command = async (child, cmd, params = {}, timeoutMs = 120_000) => {
  const id = nextId++;
  child.send({ id, cmd, ...params });
  const reply = await waitFor(child, (message) => message && message.id === id, timeoutMs, `server ${cmd}`);
  if (!reply.ok) throw new Error(`server ${cmd} failed: ${reply.error}`);
  return reply.result;
};

/* ------------------------------------------------------------------ helpers */

const get = (url, headers = {}, agent = undefined) =>
  new Promise((resolve, reject) => {
    const req = http.get(url, { headers, ...(agent ? { agent } : {}) }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: GET ${url}`)));
    req.on('error', reject);
  });

const postJson = (url, payload) =>
  new Promise((resolve, reject) => {
    const body = Buffer.from(JSON.stringify(payload));
    const req = http.request(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': String(body.length) } }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: POST ${url}`)));
    req.on('error', reject);
    req.end(body);
  });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Nearest-rank percentile of a list of numbers. */
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : NaN;
};
/** Polls `check` every 20 ms until it holds; throws naming `what()` after `timeoutMs`. */
const until = async (check, timeoutMs, what) => {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what()}`);
    await sleep(20);
  }
};
const r2 = (value) => (Number.isFinite(value) ? Number(value.toFixed(2)) : null);

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); null elsewhere. */
const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();
const cpuSeconds = (pid) => {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return null;
  }
};

/**
 * One load generator (bench/load.js) aimed at one URL for the whole run. `warm()` runs an
 * unrecorded segment; `measure(seconds)` a recorded one, with the server's CPU time sampled around
 * it; `summary()` merges the recorded segments.
 */
const createLoad = (name, url, headers, serverPid, overrides = {}) => {
  const child = forkChild('load.js', {}, { serialization: 'advanced' });
  const recorded = [];
  const warmups = [];
  const options = { concurrency: SETTINGS.concurrency, maxRequests: SETTINGS.maxRequests, timeoutMs: SETTINGS.timeoutMs, ...overrides };
  const segment = async (seconds, record) => {
    const id = nextId++;
    const limit = seconds * 1000 + SETTINGS.timeoutMs * 2 + 10_000;
    const cpu0 = cpuSeconds(serverPid);
    child.send({ id, url, headers, ...options, seconds, record });
    const result = await waitFor(child, (message) => message && message.id === id, limit, `load ${name}`);
    const cpu1 = cpuSeconds(serverPid);
    result.serverCpuSeconds = cpu0 != null && cpu1 != null ? cpu1 - cpu0 : null;
    (record ? recorded : warmups).push(result);
    return result;
  };
  const round = (value, digits = 2) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);
  return {
    name,
    warm: () => segment(SETTINGS.warmupSeconds, false),
    measure: (seconds) => segment(seconds, true),
    close: () => child.connected && child.disconnect(),
    summary() {
      const sum = (key, list = recorded) => list.reduce((total, r) => total + (r[key] || 0), 0);
      const seconds = sum('seconds');
      const requests = sum('requests');
      const latencies = new Float64Array(requests);
      let offset = 0;
      for (const r of recorded) {
        latencies.set(r.latencies, offset);
        offset += r.latencies.length;
      }
      latencies.sort();
      const percentile = (p) => (requests ? latencies[Math.min(requests - 1, Math.ceil((p / 100) * requests) - 1)] : NaN);
      const serverCpuSeconds = recorded.every((r) => r.serverCpuSeconds != null) ? sum('serverCpuSeconds') : null;
      const statuses = {};
      for (const r of recorded) for (const [status, n] of Object.entries(r.statuses)) statuses[status] = (statuses[status] || 0) + n;
      return {
        rps: round(requests / seconds, 0),
        p50: round(percentile(50)),
        p99: round(percentile(99)),
        errors: sum('errors') + sum('errors', warmups),
        requests,
        seconds: round(seconds),
        segments: recorded.length,
        p90: round(percentile(90)),
        maxMs: round(requests ? latencies[requests - 1] : NaN),
        bytesPerResponse: requests ? Math.round(sum('bytes') / requests) : 0,
        // Cores busy during the measured segments (1.0 = one core): the server under test, the generator.
        serverCpu: serverCpuSeconds != null ? round(serverCpuSeconds / seconds) : null,
        clientCpu: round(recorded.reduce((total, r) => total + r.clientCpu * r.seconds, 0) / seconds),
        // Server CPU time per answered request (µs): what the endpoint costs, whoever limits req/s.
        serverCpuUsPerRequest: serverCpuSeconds != null && requests ? round((serverCpuSeconds * 1e6) / requests, 1) : null,
        statuses,
        errorSamples: [...warmups, ...recorded].flatMap((r) => r.errorSamples).slice(0, 5),
      };
    },
  };
};

const build = async () => {
  if (process.env.BENCH_SKIP_BUILD === 'true') {
    log('BENCH_SKIP_BUILD=true: reusing dist/ and playground/dist/');
    return;
  }
  let t = Date.now();
  try {
    execFileSync(path.join(ROOT, 'node_modules', '.bin', 'strapi-plugin'), ['build'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' } });
  } catch (error) {
    process.stderr.write(String(error.stdout || '') + String(error.stderr || ''));
    throw new Error('plugin build failed (npx strapi-plugin build)');
  }
  log(`plugin built in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  t = Date.now();
  await require('@strapi/typescript-utils').compile(PLAYGROUND, { configOptions: { ignoreDiagnostics: false } });
  log(`playground compiled in ${((Date.now() - t) / 1000).toFixed(1)} s`);
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/* ------------------------------------------------------------------ receiver */

/**
 * A fresh bench/receiver.js (its own process and secret) and a sync target of the run's Strapi
 * pointing at it: the arrivals it reports, and a way to wait for one revision's arrival.
 */
const startReceiver = async (server) => {
  const receiver = forkChild('receiver.js');
  const arrivals = [];
  const waiting = new Map();
  receiver.on('message', (message) => {
    if (!message || message.type !== 'delivery') return;
    arrivals.push(message);
    const resolve = waiting.get(message.revision);
    if (resolve) {
      waiting.delete(message.revision);
      resolve(message);
    }
  });
  const secret = `whsec_${crypto.randomBytes(32).toString('base64')}`;
  const receiverReady = waitFor(receiver, (message) => message && message.type === 'ready', 15_000, 'receiver');
  receiver.send({ secret });
  const { port } = await receiverReady;
  const url = `http://127.0.0.1:${port}/webhooks/conflict-explainer`;
  const target = await command(server, 'createSyncTarget', { url, secret });
  /** The arrival of `revision`, or null after `timeoutMs`. */
  const arrivalOf = (revision, timeoutMs) => {
    const found = arrivals.find((a) => a.revision === revision);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        waiting.delete(revision);
        resolve(null);
      }, timeoutMs);
      waiting.set(revision, (message) => {
        clearTimeout(timer);
        resolve(message);
      });
    });
  };
  const stop = () => {
    if (receiver.connected) receiver.disconnect();
  };
  return { receiver, arrivals, arrivalOf, url, port, target, stop };
};

/* ------------------------------------------------------------------ publish to site */

/**
 * Publish-to-site latency with a healthy loopback receiver (bench/receiver.js, its own process,
 * verifying every Standard Webhooks signature). The sync target is created here, after the
 * publish-cost phase, so those publishes made no deliveries. One publish at a time: the draft
 * changes, then the publish; latency = receiver's arrival of that revision − the Strapi process's
 * wall clock just before the publish call. The first `syncWarmups` publishes (first connection,
 * first fetch in the worker) are delivered and checked but not in the figures.
 */
const measureSync = async (server, documentId) => {
  const { arrivals, arrivalOf, url, target, stop } = await startReceiver(server);
  log(`sync: target ${target.id} → ${url} (payload: snapshot); ${SETTINGS.syncWarmups} unmeasured + ${SETTINGS.syncPublishes} measured publishes, one at a time`);
  const samples = [];
  for (let i = 0; i < SETTINGS.syncWarmups + SETTINGS.syncPublishes; i += 1) {
    const warmup = i < SETTINGS.syncWarmups;
    const published = await command(server, 'publishOnce', { documentId, label: `${warmup ? 'sync warm-up' : 'sync'} ${i}` });
    const arrival = await arrivalOf(published.number, 10_000);
    // The next publish starts once the worker has also recorded this delivery: one at a time.
    const settled = await command(server, 'waitDelivered', { revision: published.number });
    samples.push({
      warmup,
      revision: published.number,
      publishMs: r2(published.publishMs),
      latencyMs: arrival ? r2(arrival.arrivedAt - published.startedAt) : null,
      // From publish() having returned (its transaction committed) to the arrival.
      afterPublishMs: arrival ? r2(arrival.arrivedAt - published.returnedAt) : null,
      verified: arrival ? arrival.verified : false,
      bytes: arrival ? arrival.bytes : null,
      outboxState: settled.state,
    });
  }
  // A duplicate (a retry, a second worker pass over the same row) would come within a poll or two.
  await sleep(2500);
  const outbox = await command(server, 'syncDeliveries');
  stop();

  const publishedRevisions = samples.map((s) => s.revision);
  const byWebhookId = new Map();
  for (const a of arrivals) byWebhookId.set(a.webhookId, (byWebhookId.get(a.webhookId) || 0) + 1);
  const byRevision = new Map();
  for (const a of arrivals) byRevision.set(a.revision, (byRevision.get(a.revision) || 0) + 1);
  const measured = samples.filter((s) => !s.warmup);
  const latencies = measured.map((s) => s.latencyMs).filter(Number.isFinite);
  const after = measured.map((s) => s.afterPublishMs).filter(Number.isFinite);
  const publishes = measured.map((s) => s.publishMs);
  const measuredRevisions = new Set(measured.map((s) => s.revision));
  const attemptMs = outbox.filter((d) => measuredRevisions.has(d.revision) && d.state === 'delivered').map((d) => d.lastAttemptMs).filter(Number.isFinite);
  return {
    receiver: 'bench/receiver.js (node:http on 127.0.0.1, standardwebhooks verify, answers 200)',
    payloadMode: 'snapshot',
    pollMs: 1000,
    warmups: SETTINGS.syncWarmups,
    measured: measured.length,
    published: samples.length,
    delivered: publishedRevisions.filter((n) => byRevision.has(n)).length,
    arrivals: arrivals.length,
    duplicateWebhookIds: [...byWebhookId.values()].filter((n) => n > 1).length,
    revisionsArrivedTwice: [...byRevision.values()].filter((n) => n > 1).length,
    unexpectedRevisions: [...byRevision.keys()].filter((n) => !publishedRevisions.includes(n)),
    allVerified: arrivals.length > 0 && arrivals.every((a) => a.verified),
    verifyErrors: arrivals.filter((a) => !a.verified).map((a) => a.error).slice(0, 3),
    latencyMs: { p50: r2(percentile(latencies, 50)), p95: r2(percentile(latencies, 95)), max: r2(Math.max(...latencies)), min: r2(Math.min(...latencies)) },
    publishCallMs: { p50: r2(percentile(publishes, 50)), p95: r2(percentile(publishes, 95)), max: r2(Math.max(...publishes)) },
    afterPublishReturnedMs: { p50: r2(percentile(after, 50)), p95: r2(percentile(after, 95)), max: r2(Math.max(...after)) },
    // The worker's timing of the delivering attempt (revision read, payload JSON, signature, POST, answer).
    workerAttemptMs: { p50: r2(percentile(attemptMs, 50)), p95: r2(percentile(attemptMs, 95)), max: r2(Math.max(...attemptMs)) },
    payloadBytes: measured.length ? measured[measured.length - 1].bytes : null,
    outbox: {
      rows: outbox.length,
      delivered: outbox.filter((d) => d.state === 'delivered').length,
      maxAttempts: outbox.reduce((max, d) => Math.max(max, d.attempts), 0),
      notDelivered: outbox.filter((d) => d.state !== 'delivered').slice(0, 5),
    },
    samples,
  };
};

/* ------------------------------------------------------------------ recovery after an outage */

/**
 * A site that was down: a target of its own (earlier ones disabled) points at a fresh receiver that
 * answers 503 to everything. `outagePublishes` revisions are published; the first of them is retried
 * with backoff until it has failed `outageFailures` times (the backoff step is then seconds long);
 * then the receiver recovers, right after a failed attempt (the worst moment: the worker has a whole
 * step to wait out). Measured: recovery → every revision at the site, the backoff step the worker
 * was waiting out, the time from that retry falling due to the last arrival (target: every revision
 * goes out at that first retry, none waits for a second), the arrival order, and none twice.
 */
// The plugin's default retry base (retryBaseMs 1000) with full jitter: no second retry comes sooner.
const OUTAGE_SECOND_RETRY_MIN_MS = 500;
const measureOutageRecovery = async (server, documentId) => {
  const { disabled } = await command(server, 'disableSyncTargets');
  const { receiver, arrivals, arrivalOf, target, stop } = await startReceiver(server);
  const refused = [];
  receiver.on('message', (message) => message && message.type === 'refused' && refused.push(message));
  receiver.send({ type: 'outage', status: 503 });
  log(`outage: target ${target.id} (earlier target(s) ${disabled.join(', ') || 'none'} disabled); the site answers 503; ${SETTINGS.outagePublishes} publishes`);

  const published = [];
  for (let i = 0; i < SETTINGS.outagePublishes; i += 1) {
    published.push((await command(server, 'publishOnce', { documentId, label: `outage ${i}` })).number);
  }
  // Revisions go out in order: only the first is attempted while it is owed.
  const failuresOfFirst = () => refused.filter((r) => r.revision === published[0]).length;
  await until(() => failuresOfFirst() >= SETTINGS.outageFailures, 60_000, () => `the first revision to fail ${SETTINGS.outageFailures} times (it failed ${failuresOfFirst()})`);
  // The worker has recorded that failure and scheduled the next attempt: read what it is waiting out.
  let first = null;
  await until(
    async () => {
      first = (await command(server, 'syncDeliveries', { targetId: target.id })).find((d) => d.revision === published[0]);
      return !!first && first.attempts >= SETTINGS.outageFailures && first.state === 'pending';
    },
    5000,
    () => `the worker to schedule the next attempt (outbox row: ${JSON.stringify(first)})`
  );
  const recovered = waitFor(receiver, (message) => message && message.type === 'recovered', 5000, 'receiver recovery');
  receiver.send({ type: 'recover' });
  const recoveredAt = (await recovered).at;
  const stepMs = first.nextAttemptAt - first.lastAttemptEndedAt;
  const dueAfterRecoveryMs = first.nextAttemptAt - recoveredAt;

  const landed = await Promise.all(published.map((revision) => arrivalOf(revision, Math.max(0, dueAfterRecoveryMs) + 15_000)));
  await sleep(2500); // a duplicate would show by now
  const outbox = await command(server, 'syncDeliveries', { targetId: target.id });
  stop();

  const arrivedInOrder = arrivals.filter((a) => published.includes(a.revision)).map((a) => a.revision);
  const byRevision = new Map();
  for (const a of arrivals) byRevision.set(a.revision, (byRevision.get(a.revision) || 0) + 1);
  const lastArrival = landed.every(Boolean) ? Math.max(...landed.map((a) => a.arrivedAt)) : null;
  const recoveryToAllMs = lastArrival == null ? null : r2(lastArrival - recoveredAt);
  return {
    publishes: published.length,
    revisions: published,
    failuresBeforeRecovery: refused.filter((r) => r.revision === published[0]).length,
    refusedAttempts: refused.length,
    refusedOtherRevisions: refused.filter((r) => r.revision !== published[0]).length,
    backoffStepMs: r2(stepMs),
    retryDueAfterRecoveryMs: r2(dueAfterRecoveryMs),
    recoveryToAllMs,
    recoveryToFirstMs: landed[0] ? r2(landed[0].arrivedAt - recoveredAt) : null,
    delivered: landed.filter(Boolean).length,
    inRevisionOrder: arrivedInOrder.join(',') === published.join(','),
    arrivedTwice: [...byRevision.values()].filter((n) => n > 1).length,
    allVerified: arrivals.length > 0 && arrivals.every((a) => a.verified),
    outbox: { rows: outbox.length, delivered: outbox.filter((d) => d.state === 'delivered').length, maxAttempts: outbox.reduce((max, d) => Math.max(max, d.attempts), 0) },
    // From the retry the worker was waiting for (its due time) to the last arrival: the backlog's send time.
    afterRetryDueMs: lastArrival == null ? null : r2(lastArrival - first.nextAttemptAt),
    firstAfterRetryDueMs: landed[0] ? r2(landed[0].arrivedAt - first.nextAttemptAt) : null,
    // Within one backoff step of recovery: everything went out at the first retry after it (a second
    // retry would come at least half the base step, 500 ms by default, later), in order, once each.
    withinOneStep:
      lastArrival != null &&
      lastArrival - first.nextAttemptAt < OUTAGE_SECOND_RETRY_MIN_MS &&
      arrivedInOrder.join(',') === published.join(',') &&
      [...byRevision.values()].every((n) => n === 1),
  };
};

/* ------------------------------------------------------------------ claims desk */

/**
 * The claims desk with `SETTINGS.claims` more claims tracked by the Pokrovsk draft (after every
 * other phase: the published snapshot is not re-published with them). Server time: the desk service
 * list() timed inside the Strapi process. Client time: the admin route through HTTP, once, to show
 * the overhead.
 */
const measureClaimsDesk = async (server, base, documentId) => {
  log(`claims desk: adding ${SETTINGS.claims} claims (8 new actors, Document Service, 200 to a transaction) to the draft explainer`);
  const seeded = await command(server, 'seedClaims', { documentId, count: SETTINGS.claims }, 240_000);
  log(`claims desk: ${seeded.created} claims in ${(seeded.ms / 1000).toFixed(1)} s; the draft tracks ${seeded.tracked} (was ${seeded.trackedBefore})`);
  const queries = [
    { name: 'all, page 1', query: { explainer: documentId, pageSize: 25 } },
    { name: 'status disputed', query: { explainer: documentId, status: 'disputed', pageSize: 25 } },
    { name: 'side russia, stale 48 h', query: { explainer: documentId, side: 'russia', staleHours: 48, pageSize: 25 } },
    { name: "search 'Pokrovsk', madeAt desc", query: { explainer: documentId, search: 'Pokrovsk', sort: 'madeAt:desc', pageSize: 25 } },
    { name: 'changed since publish, p.2 ×100', query: { explainer: documentId, changedSincePublish: true, pageSize: 100, page: 2 } },
    // What the HTTP request below asks for (no explainer: the service resolves the default one).
    { name: 'status disputed, default explainer', query: { status: 'disputed', pageSize: 25 }, reference: true },
  ];
  log(`claims desk: ${queries.length} queries × (${SETTINGS.deskWarmups} warm-up + ${SETTINGS.deskRuns} timed) runs of claims-desk list()`);
  const timed = await command(server, 'deskTimings', { queries: queries.map(({ name, query }) => ({ name, query })), warmup: SETTINGS.deskWarmups, runs: SETTINGS.deskRuns }, 300_000);
  const rows = timed.map((t, i) => ({
    name: t.name,
    query: t.query,
    reference: !!queries[i].reference,
    total: t.total,
    returned: t.returned,
    medianMs: r2(percentile(t.timingsMs, 50)),
    p95Ms: r2(percentile(t.timingsMs, 95)),
    maxMs: r2(Math.max(...t.timingsMs)),
    pass: !queries[i].reference ? percentile(t.timingsMs, 95) < TARGETS.deskP95MaxMs : undefined,
  }));

  // Through HTTP: an admin session, then the admin route, sequentially on one keep-alive connection.
  const { email, password } = await command(server, 'adminUser');
  const login = await postJson(`${base}/admin/login`, { email, password });
  const token = login.status === 200 ? JSON.parse(login.body.toString('utf8')).data.token : null;
  if (!token) throw new Error(`admin login answered ${login.status}: ${login.body.toString().slice(0, 300)}`);
  const route = '/conflict-explainer/claims?pageSize=25&status=disputed';
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const headers = { Authorization: `Bearer ${token}` };
  const timings = [];
  let statuses = {};
  let httpTotal = null;
  for (let i = 0; i < SETTINGS.deskWarmups + SETTINGS.httpRuns; i += 1) {
    const t = performance.now();
    const res = await get(`${base}${route}`, headers, agent);
    const ms = performance.now() - t;
    statuses[res.status] = (statuses[res.status] || 0) + 1;
    if (res.status === 200) httpTotal = JSON.parse(res.body.toString('utf8')).meta.pagination.total;
    if (i >= SETTINGS.deskWarmups) timings.push(ms);
  }
  agent.destroy();
  const reference = rows.find((r) => r.reference);
  const httpMedian = percentile(timings, 50);
  return {
    claimsAdded: seeded.created,
    actorsAdded: seeded.actors,
    trackedByDraft: seeded.tracked,
    seedMs: r2(seeded.ms),
    runs: SETTINGS.deskRuns,
    warmups: SETTINGS.deskWarmups,
    queries: rows,
    http: {
      request: `GET ${route} (admin JWT, keep-alive, sequential)`,
      runs: timings.length,
      statuses,
      total: httpTotal,
      clientMedianMs: r2(httpMedian),
      clientP95Ms: r2(percentile(timings, 95)),
      serverMedianMsSameQuery: reference.medianMs,
      overheadMs: r2(httpMedian - reference.medianMs),
    },
    note: 'the public snapshot was not re-published with these claims',
  };
};

/* ------------------------------------------------------------------ load while publishing */

/** A JSON request (admin API) on an agent; resolves with status, parsed JSON (when any) and client ms. */
const requestJson = (method, url, payload, headers = {}, agent = undefined) =>
  new Promise((resolve, reject) => {
    const body = payload === undefined ? null : Buffer.from(JSON.stringify(payload));
    const t = performance.now();
    const req = http.request(
      url,
      {
        method,
        headers: { ...headers, ...(body ? { 'Content-Type': 'application/json', 'Content-Length': String(body.length) } : {}) },
        ...(agent ? { agent } : {}),
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json = null;
          try {
            json = text ? JSON.parse(text) : null;
          } catch {
            json = null;
          }
          resolve({ status: res.statusCode, json, text, ms: performance.now() - t });
        });
        res.on('error', reject);
      }
    );
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: ${method} ${url}`)));
    req.on('error', reject);
    req.end(body || undefined);
  });

const wallClock = () => performance.timeOrigin + performance.now();

/**
 * Load while publishing: `loadSeconds` of closed-loop public reads of the Pokrovsk endpoint (the
 * read phase's URL and concurrency, from `loadGenerators` load.js processes) while an editor, an
 * admin user over HTTP like the admin panel, edits the draft's standfirst (content-manager PUT) and
 * publishes it through the plugin's admin route (POST /conflict-explainer/explainers/:id/publish, a
 * public note naming the update) every `loadPublishEveryMs`. Every publish records a revision; a sync
 * target of its own (a fresh bench/receiver.js) must receive each exactly once, signed.
 *
 * Per answered read the generator returns its start, latency and X-Explainer-Revision, so the figures
 * come per second (requests, errors, p50/p99) and per publish: how long after the publish call
 * returned a read first came back with the new revision, and whether any read that began after that
 * still got the old one (stale reads, and how late the last of them began).
 */
const measureLoadWhilePublishing = async (server, base, publicUrl, documentId) => {
  const seconds = SETTINGS.loadSeconds;
  const every = SETTINGS.loadPublishEveryMs;

  // The claims desk's 2,000 claims off the draft again: the publishes render the seeded explainer.
  const untracked = await command(server, 'untrackSeededClaims', { documentId }, 240_000);
  log(`load while publishing: ${untracked.disconnected} bench claims taken off the draft in ${(untracked.ms / 1000).toFixed(1)} s (it tracks ${untracked.tracked})`);

  // Its own sync target: earlier targets off, a fresh receiver and secret.
  const { disabled } = await command(server, 'disableSyncTargets');
  const { arrivals, arrivalOf, port, target, stop: stopReceiver } = await startReceiver(server);
  log(`load while publishing: sync target ${target.id} → receiver on 127.0.0.1:${port} (earlier target(s) ${disabled.join(', ') || 'none'} disabled)`);

  // The editor: an admin session on one keep-alive connection, as the admin panel would hold.
  const { email, password } = await command(server, 'adminUser');
  const login = await postJson(`${base}/admin/login`, { email, password });
  const token = login.status === 200 ? JSON.parse(login.body.toString('utf8')).data.token : null;
  if (!token) throw new Error(`editor login answered ${login.status}: ${login.body.toString().slice(0, 300)}`);
  const editorAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const editorHeaders = { Authorization: `Bearer ${token}` };
  const editUrl = `${base}/content-manager/collection-types/${EXPLAINER_UID}/${documentId}`;
  const publishUrl = `${base}/conflict-explainer/explainers/${documentId}/publish`;
  const editAndPublish = async (label) => {
    const stamp = new Date().toISOString().slice(11, 19);
    const edit = await requestJson('PUT', editUrl, { standfirst: `Live update ${label} (${stamp} UTC): the front line moved again; bench load-while-publishing phase.` }, editorHeaders, editorAgent);
    const startedAt = wallClock();
    const published = await requestJson('POST', publishUrl, { kind: 'update', publicNote: `Live update ${label}, ${stamp} UTC` }, editorHeaders, editorAgent);
    const returnedAt = wallClock();
    const data = published.json && published.json.data;
    return {
      label,
      editStatus: edit.status,
      editMs: edit.ms,
      status: published.status,
      publishMs: published.ms,
      startedAt,
      returnedAt,
      changed: !!(data && data.changed),
      revision: data && data.revision ? Number(data.revision.number) : null,
      error: edit.status !== 200 ? `edit answered ${edit.status}: ${edit.text.slice(0, 200)}` : published.status !== 200 ? `publish answered ${published.status}: ${published.text.slice(0, 200)}` : null,
    };
  };

  // One unmeasured edit + publish first (first use of the content-manager route; delivered and checked too).
  const warmPublish = await editAndPublish('warm-up');
  if (warmPublish.error || !warmPublish.changed) throw new Error(`editor warm-up publish failed: ${warmPublish.error || 'no revision recorded'}`);
  await arrivalOf(warmPublish.revision, 10_000);
  log(`load while publishing: editor warm-up publish → revision ${warmPublish.revision} (edit ${fmt(warmPublish.editMs)} ms, publish ${fmt(warmPublish.publishMs)} ms)`);

  // Generators: the read phase's URL and concurrency, split across `loadGenerators` processes.
  const generators = [];
  for (let g = 0; g < SETTINGS.loadGenerators; g += 1) {
    const concurrency = Math.floor(SETTINGS.concurrency / SETTINGS.loadGenerators) + (g < SETTINGS.concurrency % SETTINGS.loadGenerators ? 1 : 0);
    generators.push(
      createLoad(`load while publishing ${g + 1}`, publicUrl, {}, server.pid, {
        concurrency,
        maxRequests: Math.max(100_000, Math.round(seconds * 50_000)),
        track: { revisionHeader: 'x-explainer-revision', slug: SLUG, bodyCheckEvery: SETTINGS.loadBodyCheckEvery },
      })
    );
  }
  const lastPublishAtMs = seconds * 1000 - Math.min(every, 3000);
  log(
    `load while publishing: ${generators.length} generator(s), concurrency ${SETTINGS.concurrency}, ${SETTINGS.warmupSeconds} s warm-up, then ${seconds} s ` +
      `with an edit + publish every ${every} ms (${Math.floor(lastPublishAtMs / every)} publishes)`
  );
  await Promise.all(generators.map((load) => load.warm()));

  const startWall = wallClock();
  const cpu0 = cpuSeconds(server.pid);
  const segments = Promise.all(generators.map((load) => load.measure(seconds)));
  const publishes = [];
  for (let k = 1; k * every <= lastPublishAtMs; k += 1) {
    const wait = startWall + k * every - wallClock();
    if (wait > 0) await sleep(wait);
    if (signalled) break;
    let step;
    try {
      step = await editAndPublish(String(k));
    } catch (error) {
      // A socket error or timeout on the editor's side: recorded, the phase goes on.
      step = { label: String(k), editMs: NaN, publishMs: NaN, startedAt: wallClock(), returnedAt: wallClock(), changed: false, revision: null, status: null, error: error.message };
    }
    publishes.push({ scheduledMs: k * every, ...step });
  }
  const loadResults = await segments;
  const serverCpuSeconds = cpu0 != null ? cpuSeconds(server.pid) - cpu0 : null;
  for (const load of generators) load.close();
  editorAgent.destroy();

  // Deliveries: each published revision, then 2.5 s more for a duplicate to show.
  const expected = [warmPublish, ...publishes].filter((p) => p.changed).map((p) => p.revision);
  await Promise.all(expected.map((revision) => arrivalOf(revision, 15_000)));
  await sleep(2500);
  const outbox = await command(server, 'syncDeliveries', { targetId: target.id });
  stopReceiver();

  return summarizeLoadWhilePublishing({ loadResults, publishes, warmPublish, expected, arrivals, outbox, target, untracked, serverCpuSeconds, seconds, every });
};

/** Turns the generators' per-request arrays, the editor's publishes and the receiver's arrivals into figures. */
const summarizeLoadWhilePublishing = ({ loadResults, publishes, warmPublish, expected, arrivals, outbox, target, untracked, serverCpuSeconds, seconds, every }) => {
  // One time base for every generator: the earliest segment start (wall clock).
  const base = Math.min(...loadResults.map((r) => r.startedAtWall));
  const buckets = Math.max(1, Math.ceil(seconds));
  const perBucket = Array.from({ length: buckets }, () => ({ latencies: [], errors: 0 }));
  const bucketOf = (ms) => Math.min(buckets - 1, Math.max(0, Math.floor(ms / 1000)));
  let requests = 0;
  for (const r of loadResults) {
    const offset = r.startedAtWall - base;
    for (let i = 0; i < r.requests; i += 1) perBucket[bucketOf(offset + r.starts[i] + r.latencies[i])].latencies.push(r.latencies[i]);
    for (const t of r.errorTimes) perBucket[bucketOf(offset + t)].errors += 1;
    requests += r.requests;
  }
  const all = new Float64Array(requests);
  let at = 0;
  for (const r of loadResults) {
    all.set(r.latencies, at);
    at += r.latencies.length;
  }
  all.sort();
  const pct = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
  const perSecond = perBucket.map((b, second) => {
    const sorted = Float64Array.from(b.latencies).sort();
    return { second, requests: sorted.length, errors: b.errors, p50: r2(pct(sorted, 50)), p99: r2(pct(sorted, 99)), max: r2(sorted.length ? sorted[sorted.length - 1] : NaN) };
  });
  const duration = Math.max(...loadResults.map((r) => r.seconds + (r.startedAtWall - base) / 1000));
  const errors = loadResults.reduce((n, r) => n + r.errors, 0);
  const statuses = {};
  for (const r of loadResults) for (const [status, n] of Object.entries(r.statuses)) statuses[status] = (statuses[status] || 0) + n;

  // Freshness, per publish: the first read answered with the new revision (or a later one), and the
  // reads begun after the publish call had returned that still got an older one.
  const freshness = publishes.map((p) => {
    const returned = p.returnedAt - base;
    const started = p.startedAt - base;
    let firstFresh = Infinity;
    let staleReads = 0;
    let lastStaleStart = -Infinity;
    if (p.changed) {
      for (const r of loadResults) {
        const offset = r.startedAtWall - base;
        for (let i = 0; i < r.requests; i += 1) {
          const start = offset + r.starts[i];
          if (r.revisions[i] >= p.revision) {
            const done = start + r.latencies[i];
            if (done < firstFresh) firstFresh = done;
          } else if (start > returned) {
            staleReads += 1;
            if (start > lastStaleStart) lastStaleStart = start;
          }
        }
      }
    }
    return {
      firstFreshAfterReturnMs: Number.isFinite(firstFresh) ? r2(firstFresh - returned) : null,
      firstFreshAfterStartMs: Number.isFinite(firstFresh) ? r2(firstFresh - started) : null,
      staleReadsAfterReturn: staleReads,
      staleWindowMs: staleReads ? r2(lastStaleStart - returned) : 0,
    };
  });

  // Deliveries: every published revision exactly once, signed.
  const byRevision = new Map();
  const byWebhookId = new Map();
  for (const a of arrivals) {
    byRevision.set(a.revision, (byRevision.get(a.revision) || 0) + 1);
    byWebhookId.set(a.webhookId, (byWebhookId.get(a.webhookId) || 0) + 1);
  }
  const firstArrival = (revision) => arrivals.find((a) => a.revision === revision);
  const rows = publishes.map((p, i) => {
    const arrival = p.changed ? firstArrival(p.revision) : null;
    return {
      n: i + 1,
      atMs: r2(p.startedAt - base),
      revision: p.revision,
      changed: p.changed,
      status: p.status,
      editMs: r2(p.editMs),
      publishMs: r2(p.publishMs),
      ...freshness[i],
      deliveredAfterStartMs: arrival ? r2(arrival.arrivedAt - p.startedAt) : null,
      deliveries: p.changed ? byRevision.get(p.revision) || 0 : null,
      error: p.error,
    };
  });
  const publishMs = publishes.map((p) => p.publishMs);
  const editMs = publishes.map((p) => p.editMs);
  const fresh = rows.map((r) => r.firstFreshAfterReturnMs).filter(Number.isFinite);
  const freshFromStart = rows.map((r) => r.firstFreshAfterStartMs).filter(Number.isFinite);
  const sync = rows.map((r) => r.deliveredAfterStartMs).filter(Number.isFinite);
  const numbers = [warmPublish, ...publishes].map((p) => p.revision);
  const summary = (list) => {
    const values = list.filter(Number.isFinite);
    return { p50: r2(percentile(values, 50)), p99: r2(percentile(values, 99)), max: r2(values.length ? Math.max(...values) : NaN) };
  };
  return {
    seconds: r2(duration),
    concurrency: SETTINGS.concurrency,
    generators: loadResults.length,
    publishEveryMs: every,
    requests,
    errors,
    rps: duration > 0 ? Math.round(requests / duration) : null,
    latencyMs: { p50: r2(pct(all, 50)), p99: r2(pct(all, 99)), max: r2(requests ? all[requests - 1] : NaN) },
    statuses,
    errorSamples: loadResults.flatMap((r) => r.errorSamples).slice(0, 5),
    bodiesChecked: loadResults.reduce((n, r) => n + r.bodiesChecked, 0),
    wrongBodies: loadResults.reduce((n, r) => n + r.wrongBodies, 0),
    bodyCheckEvery: SETTINGS.loadBodyCheckEvery,
    bytesPerResponse: requests ? Math.round(loadResults.reduce((n, r) => n + r.bytes, 0) / requests) : 0,
    serverCpu: serverCpuSeconds != null && duration > 0 ? r2(serverCpuSeconds / duration) : null,
    clientCpu: r2(loadResults.reduce((n, r) => n + (r.clientCpu || 0), 0)),
    publishes: {
      made: publishes.length,
      changed: publishes.filter((p) => p.changed).length,
      failed: publishes.filter((p) => p.error).length,
      publishCallMs: summary(publishMs),
      editCallMs: summary(editMs),
      consecutive: numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1),
      numbers,
      warmUpRevision: warmPublish.revision,
    },
    freshness: {
      afterReturnMs: summary(fresh),
      afterStartMs: summary(freshFromStart),
      observed: fresh.length,
      staleReadsAfterReturn: rows.reduce((n, r) => n + r.staleReadsAfterReturn, 0),
      maxStaleWindowMs: r2(Math.max(0, ...rows.map((r) => r.staleWindowMs))),
      publishesWithStaleReads: rows.filter((r) => r.staleReadsAfterReturn > 0).length,
      // Revisions no read returned although their publish had returned 2 s before the reads ended.
      neverServed: publishes.filter((p, i) => p.changed && rows[i].firstFreshAfterReturnMs == null && p.returnedAt - base < duration * 1000 - 2000).map((p) => p.revision),
    },
    sync: {
      targetId: target.id,
      expected: expected.length,
      delivered: expected.filter((n) => byRevision.has(n)).length,
      missing: expected.filter((n) => !byRevision.has(n)),
      duplicateWebhookIds: [...byWebhookId.values()].filter((n) => n > 1).length,
      revisionsArrivedTwice: [...byRevision.values()].filter((n) => n > 1).length,
      unexpectedRevisions: [...byRevision.keys()].filter((n) => !expected.includes(n)),
      arrivals: arrivals.length,
      allVerified: arrivals.length > 0 && arrivals.every((a) => a.verified),
      verifyErrors: arrivals.filter((a) => !a.verified).map((a) => a.error).slice(0, 3),
      afterPublishStartMs: summary(sync),
      outbox: {
        rows: outbox.length,
        delivered: outbox.filter((d) => d.state === 'delivered').length,
        maxAttempts: outbox.reduce((max, d) => Math.max(max, d.attempts), 0),
        notDelivered: outbox.filter((d) => d.state !== 'delivered').slice(0, 5),
      },
    },
    untrackedClaims: { disconnected: untracked.disconnected, trackedAfter: untracked.tracked },
    perSecond,
    perPublish: rows,
  };
};

/* ------------------------------------------------------------------ output */

const fmt = (value, digits = 2) => (value == null || !Number.isFinite(value) ? '-' : value.toFixed(digits));
const pad = (text, width, right = false) => (right ? String(text).padStart(width) : String(text).padEnd(width));

const printTable = (results) => {
  const rows = [
    ['bare node:http', results.bareHttp],
    ['public read (plugin)', results.publicRead],
    ['Strapi REST (populate)', results.strapiRest],
  ];
  const line = (cells) =>
    `  ${pad(cells[0], 24)}${pad(cells[1], 9, true)}${pad(cells[2], 9, true)}${pad(cells[3], 9, true)}${pad(cells[4], 8, true)}${pad(cells[5], 8, true)}${pad(cells[6], 12, true)}${pad(cells[7], 12, true)}${pad(cells[8], 14, true)}`;
  console.log('');
  console.log(
    `Reads: concurrency ${results.settings.concurrency}, ${results.settings.warmupSeconds} s warm-up + ${results.settings.seconds} s measured each ` +
      `(bare/public in ${results.settings.rounds} alternating rounds), ${results.machine.cpus} CPUs, Node ${results.machine.node}, load avg ${results.machine.loadAverage.start[0]}`
  );
  console.log(line(['endpoint', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'bytes', 'server CPU', 'client CPU', 'server µs/req']));
  for (const [name, r] of rows) {
    console.log(line([name, fmt(r.rps, 0), fmt(r.p50), fmt(r.p99), r.errors, r.bytesPerResponse, fmt(r.serverCpu), fmt(r.clientCpu), fmt(r.serverCpuUsPerRequest, 1)]));
  }
  console.log('  (CPU columns: cores busy during the measured phase; a client near 1.0 core means the generator, not the server, sets req/s)');
  const mark = (ok) => (ok ? 'PASS' : 'FAIL');
  console.log('');
  console.log(`  public / bare         ${fmt(results.ratios.publicVsBare, 3)}   (target >= ${TARGETS.publicVsBare})   ${mark(results.pass.publicVsBare)}`);
  console.log(`  public / Strapi REST  ${fmt(results.ratios.publicVsStrapiRest, 1)}   (target >= ${TARGETS.publicVsStrapiRest})   ${mark(results.pass.publicVsStrapiRest)}`);
  console.log(`  by server CPU per request (bare µs / public µs, not a target): ${fmt(results.ratios.publicVsBareByServerCpu)}`);
  const p = results.publish;
  console.log('');
  console.log(`Publish (median of ${p.count}, update excluded):`);
  console.log(`  with ${p.historyWith1.from}-${p.historyWith1.to} earlier revisions     ${fmt(p.medianMsWith1)} ms  (min ${fmt(p.detail.with1.minMs)}, max ${fmt(p.detail.with1.maxMs)})`);
  console.log(`  with ${p.historyWith1000.from}-${p.historyWith1000.to} earlier revisions  ${fmt(p.medianMsWith1000)} ms  (min ${fmt(p.detail.with1000.minMs)}, max ${fmt(p.detail.with1000.maxMs)})`);
  console.log(`  ratio                               ${fmt(p.ratio)}   (target <= ${TARGETS.publishRatioMax})   ${mark(results.pass.publishRatio)}`);
  console.log(`  revision numbers 1..${p.finalRevisions} consecutive: ${p.consecutive ? 'yes' : 'NO'}`);

  const y = results.syncLatency;
  console.log('');
  console.log(`Publish to site (healthy loopback receiver, ${y.payloadMode} payload of ${y.payloadBytes} bytes, poll ${y.pollMs} ms; ${y.measured} publishes one at a time after ${y.warmups} unmeasured):`);
  console.log(`  publish call → receiver has it   p50 ${fmt(y.latencyMs.p50)} ms   p95 ${fmt(y.latencyMs.p95)} ms   max ${fmt(y.latencyMs.max)} ms   (target p50 < ${TARGETS.syncP50MaxMs})   ${mark(results.pass.syncP50)}`);
  console.log(`    of which the publish call      p50 ${fmt(y.publishCallMs.p50)} ms   p95 ${fmt(y.publishCallMs.p95)} ms   max ${fmt(y.publishCallMs.max)} ms`);
  console.log(`    publish returned → arrival     p50 ${fmt(y.afterPublishReturnedMs.p50)} ms   p95 ${fmt(y.afterPublishReturnedMs.p95)} ms   max ${fmt(y.afterPublishReturnedMs.max)} ms`);
  console.log(`    worker's delivery attempt      p50 ${fmt(y.workerAttemptMs.p50)} ms   p95 ${fmt(y.workerAttemptMs.p95)} ms   max ${fmt(y.workerAttemptMs.max)} ms   (revision read, payload, signature, POST, answer; whole ms)`);
  console.log(
    `  delivered ${y.delivered} of ${y.published} published; signatures verified: ${y.allVerified ? 'all' : 'NO'}; ` +
      `arrived twice: ${y.duplicateWebhookIds} webhook-id(s), ${y.revisionsArrivedTwice} revision(s); outbox ${y.outbox.delivered}/${y.outbox.rows} delivered, max attempts ${y.outbox.maxAttempts}`
  );

  const o = results.outageRecovery;
  console.log('');
  console.log(`After an outage (the site answered 503 while ${o.publishes} revisions were published; recovered right after failure ${o.failuresBeforeRecovery} of the first):`);
  console.log(
    `  recovery → all at the site ${fmt(o.recoveryToAllMs)} ms; backoff step being waited out ${fmt(o.backoffStepMs)} ms; retry due ${fmt(o.retryDueAfterRecoveryMs)} ms after recovery; ` +
      `retry due → last arrival ${fmt(o.afterRetryDueMs)} ms; in order: ${o.inRevisionOrder ? 'yes' : 'NO'}; twice: ${o.arrivedTwice}   ${mark(results.pass.outageWithinOneStep)}`
  );

  const c = results.claimsDesk;
  console.log('');
  console.log(`Claims desk: ${c.claimsAdded} claims added (tracked by the draft: ${c.trackedByDraft}); claims-desk list(), server time, ${c.warmups} warm-up + ${c.runs} runs each:`);
  const qline = (cells) => `  ${pad(cells[0], 38)}${pad(cells[1], 8, true)}${pad(cells[2], 11, true)}${pad(cells[3], 9, true)}${pad(cells[4], 9, true)}   ${cells[5]}`;
  console.log(qline(['query', 'total', 'median ms', 'p95 ms', 'max ms', `p95 < ${TARGETS.deskP95MaxMs} ms`]));
  for (const q of c.queries) console.log(qline([q.name, q.total, fmt(q.medianMs), fmt(q.p95Ms), fmt(q.maxMs), q.reference ? '(reference for HTTP)' : mark(q.pass)]));
  console.log(
    `  HTTP, client-side: ${c.http.request}: median ${fmt(c.http.clientMedianMs)} ms, p95 ${fmt(c.http.clientP95Ms)} ms over ${c.http.runs} ` +
      `(same query in-process ${fmt(c.http.serverMedianMsSameQuery)} ms → HTTP + auth overhead ≈ ${fmt(c.http.overheadMs)} ms)`
  );
  console.log(`  (${c.note})`);

  const l = results.loadWhilePublishing;
  const lp = l.publishes;
  const f = l.freshness;
  console.log('');
  console.log(
    `Load while publishing: ${fmt(l.seconds, 1)} s of public reads (concurrency ${l.concurrency}, ${l.generators} generator(s)) while an editor edits + publishes over admin HTTP every ${l.publishEveryMs} ms:`
  );
  console.log(
    `  reads       ${l.requests} answered, ${fmt(l.rps, 0)} req/s, p50 ${fmt(l.latencyMs.p50)} ms, p99 ${fmt(l.latencyMs.p99)} ms, max ${fmt(l.latencyMs.max)} ms; ` +
      `errors ${l.errors} (target 0) ${mark(results.pass.loadErrors)}; ${l.bodiesChecked} bodies checked, ${l.wrongBodies} wrong; server CPU ${fmt(l.serverCpu)}, client CPU ${fmt(l.clientCpu)}`
  );
  console.log(
    `  publishes   ${lp.changed}/${lp.made} recorded a revision (consecutive: ${lp.consecutive ? 'yes' : 'NO'}); publish call p50 ${fmt(lp.publishCallMs.p50)} ms, p99 ${fmt(lp.publishCallMs.p99)} ms, max ${fmt(lp.publishCallMs.max)} ms; ` +
      `edit call p50 ${fmt(lp.editCallMs.p50)} ms, p99 ${fmt(lp.editCallMs.p99)} ms`
  );
  console.log(
    `  freshness   publish returned → first read with it: p50 ${fmt(f.afterReturnMs.p50)} ms, p99 ${fmt(f.afterReturnMs.p99)} ms, max ${fmt(f.afterReturnMs.max)} ms; ` +
      `(from the call's start p50 ${fmt(f.afterStartMs.p50)} ms); stale reads begun after a publish returned: ${f.staleReadsAfterReturn} (in ${f.publishesWithStaleReads} publishes, latest +${fmt(f.maxStaleWindowMs)} ms)`
  );
  console.log(
    `  sync        delivered ${l.sync.delivered}/${l.sync.expected} ${mark(results.pass.loadDelivered)}; twice: ${l.sync.duplicateWebhookIds} webhook-id(s), ${l.sync.revisionsArrivedTwice} revision(s); ` +
      `missing: ${l.sync.missing.join(', ') || 'none'}; signatures verified: ${l.sync.allVerified ? 'all' : 'NO'}; publish call → receiver p50 ${fmt(l.sync.afterPublishStartMs.p50)} ms, p99 ${fmt(l.sync.afterPublishStartMs.p99)} ms`
  );
  console.log('');
};

/* ------------------------------------------------------------------ main */

let loadAtStart = null;
const main = async () => {
  const started = Date.now();
  loadAtStart = os.loadavg().map((v) => Number(v.toFixed(2)));
  const watchdog = setTimeout(() => {
    console.error(`[bench] watchdog: still running after ${WATCHDOG_MS / 1000} s, giving up`);
    killAll();
    process.exit(2);
  }, WATCHDOG_MS);
  watchdog.unref();

  await build();

  log('booting Strapi (fresh SQLite file bench/.tmp/bench.db)…');
  const server = forkChild('server.js');
  const ready = await waitFor(server, (message) => message && message.type === 'ready', 180_000, 'Strapi boot');
  log(`Strapi listening on 127.0.0.1:${ready.port} (load ${(ready.bootMs / 1000).toFixed(1)} s)`);
  const base = `http://127.0.0.1:${ready.port}`;
  const publicUrl = `${base}/api/conflict-explainer/explainers/${SLUG}`;
  const restUrl = `${base}/api/conflict-explainer/manage/explainers/${ready.documentId}?${REST_POPULATE}`;
  const restHeaders = { Authorization: `Bearer ${ready.accessKey}` };

  // What each endpoint answers, checked once before any load.
  const publicResponse = await get(publicUrl);
  if (publicResponse.status !== 200) throw new Error(`public read answered ${publicResponse.status}: ${publicResponse.body.toString().slice(0, 300)}`);
  const snapshot = JSON.parse(publicResponse.body.toString('utf8'));
  if (!snapshot.content || snapshot.content.slug !== SLUG) throw new Error('public read did not return the Pokrovsk snapshot');
  const restResponse = await get(restUrl, restHeaders);
  if (restResponse.status !== 200) throw new Error(`Strapi REST answered ${restResponse.status}: ${restResponse.body.toString().slice(0, 500)}`);
  const restJson = JSON.parse(restResponse.body.toString('utf8'));
  const restBody = restJson.data && restJson.data.body;
  if (!Array.isArray(restBody) || restBody.length <= 20) throw new Error(`Strapi REST body is not populated (${Array.isArray(restBody) ? restBody.length : typeof restBody} entries)`);
  const populatedOk =
    restBody.some((block) => block.__component === 'conflict-explainer.claim-embed' && block.claim && block.claim.claimant) &&
    restBody.some((block) => block.__component === 'conflict-explainer.credited-image' && block.image && block.image.url) &&
    restBody.some((block) => block.__component === 'conflict-explainer.map-embed' && block.map && block.map.geojson);
  if (!populatedOk) throw new Error('Strapi REST answer lacks populated claims, images or maps in the body');
  log(`public read: ${publicResponse.body.length} bytes, ETag ${publicResponse.headers.etag}; Strapi REST: ${restResponse.body.length} bytes, ${restBody.length} body blocks`);

  const bare = forkChild('bare.js');
  const bareReady = waitFor(bare, (message) => message && message.type === 'ready', 15_000, 'bare server');
  bare.send({ body: publicResponse.body.toString('base64'), contentType: publicResponse.headers['content-type'], etag: publicResponse.headers.etag });
  const bareUrl = `http://127.0.0.1:${(await bareReady).port}/api/conflict-explainer/explainers/${SLUG}`;
  const bareCheck = await get(bareUrl);
  if (bareCheck.status !== 200 || !bareCheck.body.equals(publicResponse.body)) throw new Error('bare server does not return the same bytes');

  // Bare and public alternate in short rounds (A B B A …), so drift in the machine's other work
  // hits both alike; Strapi REST, two orders of magnitude slower, runs once after them.
  const bareLoad = createLoad('bare node:http', bareUrl, {}, bare.pid);
  const publicLoad = createLoad('public read', publicUrl, {}, server.pid);
  const restLoad = createLoad('Strapi REST', restUrl, restHeaders, server.pid);
  const roundSeconds = SETTINGS.seconds / SETTINGS.rounds;
  log(`load: bare node:http and public read, ${SETTINGS.warmupSeconds} s warm-up each, then ${SETTINGS.rounds} alternating rounds of ${roundSeconds} s each (concurrency ${SETTINGS.concurrency})`);
  await bareLoad.warm();
  await publicLoad.warm();
  if (PROFILE) await command(server, 'profileStart');
  for (let i = 0; i < SETTINGS.rounds; i += 1) {
    for (const load of i % 2 === 0 ? [bareLoad, publicLoad] : [publicLoad, bareLoad]) await load.measure(roundSeconds);
  }
  if (PROFILE) {
    const file = path.join(__dirname, 'profiles', `public-read-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
    const profile = await command(server, 'profileStop', { file });
    log(`CPU profile of the Strapi process (public-read rounds; the bare rounds show as idle): ${path.relative(ROOT, profile.file)}; self time:`);
    for (const { selfPercent, name } of profile.top) console.log(`  ${String(selfPercent).padStart(5)}%  ${name}`);
  }
  log(`load: Strapi REST, ${SETTINGS.warmupSeconds} s warm-up, then ${SETTINGS.seconds} s`);
  await restLoad.warm();
  await restLoad.measure(SETTINGS.seconds);
  const bareHttp = bareLoad.summary();
  const publicRead = publicLoad.summary();
  const strapiRest = restLoad.summary();
  for (const load of [bareLoad, publicLoad, restLoad]) load.close();
  bare.kill('SIGTERM');

  const warm = await command(server, 'warmPublishes', { documentId: ready.documentId, count: 3 }, 120_000);
  if (warm.revisionsAdded !== 0) throw new Error(`publishing an unchanged draft recorded ${warm.revisionsAdded} revision(s)`);
  log(`publish: 3 warm-up publishes of the unchanged draft (no revision), median ${warm.medianMs.toFixed(1)} ms`);
  log(`publish: ${SETTINGS.publishes} publishes with ~1 earlier revision`);
  const with1 = await command(server, 'publishes', { documentId: ready.documentId, count: SETTINGS.publishes, label: 'h1' }, 300_000);
  log(`history: inserting revisions up to ${SETTINGS.history}`);
  const historyResult = await command(server, 'history', { documentId: ready.documentId, total: SETTINGS.history }, 300_000);
  log(`history: ${historyResult.inserted} rows in ${(historyResult.ms / 1000).toFixed(1)} s (now ${historyResult.total}, max number ${historyResult.maxNumber})`);
  log(`publish: ${SETTINGS.publishes} publishes with ${historyResult.total} earlier revisions`);
  const with1000 = await command(server, 'publishes', { documentId: ready.documentId, count: SETTINGS.publishes, label: 'h1000' }, 300_000);
  const numbers = await command(server, 'revisions', { documentId: ready.documentId });
  const consecutive = numbers.length > 0 && numbers.every((n, i) => n === i + 1);
  const nextNumberOk = with1000.numbers[0] === historyResult.maxNumber + 1;

  // The public read now serves the latest revision (checked after the head cache's TTL).
  await new Promise((resolve) => setTimeout(resolve, 1100));
  const after = await get(publicUrl);
  const latestServed = after.status === 200 ? Number(after.headers['x-explainer-revision']) : null;

  // Publish to site: the sync target exists from here on only (the publish-cost phase made no deliveries).
  const sync = await measureSync(server, ready.documentId);
  log(`sync: ${sync.delivered}/${sync.published} delivered, p50 ${fmt(sync.latencyMs.p50)} ms, p95 ${fmt(sync.latencyMs.p95)} ms, max ${fmt(sync.latencyMs.max)} ms`);

  // A site that was down, then recovers: every revision, in order, within one backoff step.
  const outage = await measureOutageRecovery(server, ready.documentId);
  log(
    `outage: ${outage.delivered}/${outage.publishes} delivered ${fmt(outage.recoveryToAllMs)} ms after recovery; backoff step waited out ${fmt(outage.backoffStepMs)} ms ` +
      `(after ${outage.failuresBeforeRecovery} failures); in order: ${outage.inRevisionOrder ? 'yes' : 'NO'}; twice: ${outage.arrivedTwice}`
  );

  // Claims desk: last, so its 2,000 claims touch no earlier figure.
  const claimsDesk = await measureClaimsDesk(server, base, ready.documentId);

  // Load while publishing: after everything else (its publishes and reads touch no earlier figure).
  const loadWhilePublishing = await measureLoadWhilePublishing(server, base, publicUrl, ready.documentId);
  {
    const l = loadWhilePublishing;
    log(
      `load while publishing: ${l.requests} reads (${l.rps} req/s, p50 ${fmt(l.latencyMs.p50)} ms, p99 ${fmt(l.latencyMs.p99)} ms), ${l.errors} errors; ` +
        `${l.publishes.changed}/${l.publishes.made} publishes; ${l.sync.delivered}/${l.sync.expected} revisions delivered`
    );
  }

  const stopped = await command(server, 'stop', {}, 30_000).catch((error) => log(`stop: ${error.message}`));
  if (stopped) log(`Strapi stopped (${stopped.removedUploads} seeded upload(s) removed, bench database deleted)`);

  const ratios = {
    publicVsBare: bareHttp.rps ? Number((publicRead.rps / bareHttp.rps).toFixed(3)) : null,
    publicVsStrapiRest: strapiRest.rps ? Number((publicRead.rps / strapiRest.rps).toFixed(2)) : null,
    // The capacity ratio if the server, not the generator, were the limit (informative, not a target).
    publicVsBareByServerCpu:
      bareHttp.serverCpuUsPerRequest && publicRead.serverCpuUsPerRequest ? Number((bareHttp.serverCpuUsPerRequest / publicRead.serverCpuUsPerRequest).toFixed(3)) : null,
  };
  const publish = {
    count: SETTINGS.publishes,
    medianMsWith1: r2(with1.medianMs),
    medianMsWith1000: r2(with1000.medianMs),
    ratio: Number((with1000.medianMs / with1.medianMs).toFixed(3)),
    historyWith1: { from: with1.historyBefore, to: with1.historyBefore + SETTINGS.publishes - 1 },
    historyWith1000: { from: with1000.historyBefore, to: with1000.historyBefore + SETTINGS.publishes - 1 },
    insertedRows: historyResult.inserted,
    insertMs: r2(historyResult.ms),
    finalRevisions: numbers.length,
    consecutive,
    nextNumberAfterInsert: with1000.numbers[0],
    nextNumberOk,
    publicReadServesRevision: latestServed,
    unchangedPublishMedianMs: r2(warm.medianMs),
    detail: {
      with1: { minMs: r2(with1.minMs), maxMs: r2(with1.maxMs), timingsMs: with1.timingsMs.map(r2), numbers: with1.numbers },
      with1000: { minMs: r2(with1000.minMs), maxMs: r2(with1000.maxMs), timingsMs: with1000.timingsMs.map(r2), numbers: with1000.numbers },
    },
  };
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: (os.cpus()[0] && os.cpus()[0].model) || null,
      memoryGb: Number((os.totalmem() / 2 ** 30).toFixed(1)),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      // Other work on the machine skews req/s; the load averages at start and end show how much.
      loadAverage: { start: loadAtStart, end: os.loadavg().map((v) => Number(v.toFixed(2))) },
    },
    settings: { ...SETTINGS, database: 'sqlite (bench/.tmp/bench.db)' },
    command: reproduceCommand(process.env),
    publicRead,
    bareHttp,
    strapiRest,
    ratios,
    publish,
    syncLatency: sync,
    outageRecovery: outage,
    claimsDesk,
    loadWhilePublishing,
    targets: TARGETS,
    pass: {
      publicVsBare: ratios.publicVsBare != null && ratios.publicVsBare >= TARGETS.publicVsBare,
      publicVsStrapiRest: ratios.publicVsStrapiRest != null && ratios.publicVsStrapiRest >= TARGETS.publicVsStrapiRest,
      publishRatio: Number.isFinite(publish.ratio) && publish.ratio <= TARGETS.publishRatioMax,
      syncP50: Number.isFinite(sync.latencyMs.p50) && sync.latencyMs.p50 < TARGETS.syncP50MaxMs,
      outageWithinOneStep: outage.withinOneStep,
      claimsDesk: Object.fromEntries(claimsDesk.queries.filter((q) => !q.reference).map((q) => [q.name, q.pass])),
      loadErrors: loadWhilePublishing.errors === 0,
      loadDelivered: loadWhilePublishing.sync.delivered === loadWhilePublishing.sync.expected && loadWhilePublishing.sync.arrivals === loadWhilePublishing.sync.expected,
    },
    responseBytes: { publicRead: publicResponse.body.length, strapiRest: restResponse.body.length },
    runSeconds: Math.round((Date.now() - started) / 1000),
  };
  fs.writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
  log(`results written to ${path.relative(ROOT, RESULTS)} (${results.runSeconds} s)`);
  const written = await writeReport(results);
  log(`report: ${written.map((file) => path.relative(ROOT, file)).join(', ')}`);

  // Correctness, not targets: these make the run fail.
  const problems = [];
  for (const [name, r] of [['bare node:http', bareHttp], ['public read', publicRead], ['Strapi REST', strapiRest]]) {
    if (r.errors > 0) problems.push(`${name}: ${r.errors} errors (${r.errorSamples.join('; ')})`);
    if (r.requests === 0) problems.push(`${name}: no successful request`);
  }
  if (!consecutive) problems.push('revision numbers are not consecutive');
  if (!nextNumberOk) problems.push(`the first publish after the insert got number ${with1000.numbers[0]}, not ${historyResult.maxNumber + 1}`);
  if (!with1.allRecorded || !with1000.allRecorded) problems.push('a publish did not record exactly one revision with the next number');
  if (latestServed !== numbers[numbers.length - 1]) problems.push(`public read serves revision ${latestServed}, latest is ${numbers[numbers.length - 1]}`);
  if (sync.delivered !== sync.published) problems.push(`sync: ${sync.delivered} of ${sync.published} published revisions arrived`);
  if (sync.duplicateWebhookIds || sync.revisionsArrivedTwice) problems.push(`sync: ${sync.duplicateWebhookIds} webhook-id(s) and ${sync.revisionsArrivedTwice} revision(s) arrived more than once`);
  if (sync.unexpectedRevisions.length) problems.push(`sync: unexpected revisions arrived: ${sync.unexpectedRevisions.join(', ')}`);
  if (!sync.allVerified) problems.push(`sync: a signature did not verify (${sync.verifyErrors.join('; ')})`);
  if (sync.outbox.delivered !== sync.outbox.rows || sync.outbox.rows !== sync.published) problems.push(`sync: outbox has ${sync.outbox.rows} rows, ${sync.outbox.delivered} delivered, for ${sync.published} publishes`);
  if (outage.delivered !== outage.publishes) problems.push(`outage: ${outage.delivered} of ${outage.publishes} revisions reached the site after it recovered`);
  if (outage.arrivedTwice) problems.push(`outage: ${outage.arrivedTwice} revision(s) arrived more than once`);
  if (!outage.inRevisionOrder) problems.push('outage: revisions reached the site out of order');
  if (!outage.allVerified) problems.push('outage: a signature did not verify');
  if (claimsDesk.trackedByDraft < claimsDesk.claimsAdded) problems.push(`claims desk: the draft tracks ${claimsDesk.trackedByDraft} claims, fewer than the ${claimsDesk.claimsAdded} added`);
  if (Object.keys(claimsDesk.http.statuses).some((status) => status !== '200')) problems.push(`claims desk HTTP: statuses ${JSON.stringify(claimsDesk.http.statuses)}`);
  const disputed = claimsDesk.queries.find((q) => q.reference);
  if (claimsDesk.http.total !== disputed.total) problems.push(`claims desk HTTP total ${claimsDesk.http.total} differs from the service's ${disputed.total}`);
  const l = loadWhilePublishing;
  if (l.errors > 0) problems.push(`load while publishing: ${l.errors} errors (${l.errorSamples.join('; ')})`);
  if (l.requests === 0) problems.push('load while publishing: no successful read');
  if (l.publishes.failed || l.publishes.changed !== l.publishes.made) {
    problems.push(`load while publishing: ${l.publishes.made - l.publishes.changed} of ${l.publishes.made} publishes recorded no revision (${l.perPublish.filter((p) => p.error).map((p) => p.error).slice(0, 3).join('; ')})`);
  }
  if (!l.publishes.consecutive) problems.push(`load while publishing: revision numbers not consecutive (${l.publishes.numbers.join(', ')})`);
  if (l.sync.missing.length) problems.push(`load while publishing: revision(s) ${l.sync.missing.join(', ')} never reached the receiver`);
  if (l.sync.duplicateWebhookIds || l.sync.revisionsArrivedTwice) problems.push(`load while publishing: ${l.sync.duplicateWebhookIds} webhook-id(s) and ${l.sync.revisionsArrivedTwice} revision(s) arrived more than once`);
  if (l.sync.unexpectedRevisions.length) problems.push(`load while publishing: unexpected revisions arrived: ${l.sync.unexpectedRevisions.join(', ')}`);
  if (!l.sync.allVerified) problems.push(`load while publishing: a signature did not verify (${l.sync.verifyErrors.join('; ')})`);
  if (l.sync.outbox.rows !== l.sync.expected || l.sync.outbox.delivered !== l.sync.outbox.rows) problems.push(`load while publishing: outbox has ${l.sync.outbox.rows} rows, ${l.sync.outbox.delivered} delivered, for ${l.sync.expected} revisions`);
  if (l.freshness.neverServed.length) problems.push(`load while publishing: revision(s) ${l.freshness.neverServed.join(', ')} never served to a reader (published ≥ 2 s before the reads ended)`);
  clearTimeout(watchdog);
  return problems;
};

main().then(
  (problems) => {
    if (problems.length) {
      for (const problem of problems) console.error(`[bench] FAILED: ${problem}`);
      process.exitCode = 1;
    }
    killAll('SIGTERM');
  },
  (error) => {
    if (signalled) return log('interrupted');
    console.error(`[bench] FAILED: ${(error && error.stack) || error}`);
    killAll('SIGTERM');
    process.exitCode = 1;
    // Children exit on IPC disconnect; make sure the parent itself does not linger.
    setTimeout(() => process.exit(1), 3000).unref();
  }
);
