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
 *  8. Map validation (bench/map-validation.js): the worst maps under the size limit through the
 *     validation route, its time and the Strapi process's RSS growth, public reads meanwhile.
 *  9. Editions (last): English publishes timed with English alone, then after the playground's uk
 *     and ru editions are seeded (ratio target <= 1.2), and each edition's public read (?locale=)
 *     against a bare node:http server with its bytes (target >= 0.7, as for English).
 * 10. Prints a table, writes bench/results.json (gitignored), and bench/REPORT.md with the chart
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
 * public-read phase, into bench/profiles/), BENCH_TIMEOUT_SECONDS (480 + BENCH_LOAD_SECONDS: watchdog),
 * BENCH_PHASES (comma-separated phase names, e.g. "publish cost": only those, figures printed, no report).
 *
 * Layout: this file boots Strapi and runs the phases in order; each phase is a module under
 * bench/phases/ with `run(context)` → its keys of results.json, `pass(results)` → its targets met,
 * and `problems(results)` → what makes the run fail. Shared plumbing lives in bench/lib/.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ROOT, RESULTS, SETTINGS, TARGETS, WATCHDOG_MS, SLUG, log } = require('./lib/settings');
const { forkChild, waitFor, command, killAll, isSignalled } = require('./lib/children');
const { printTable } = require('./lib/table');
const { build } = require('./phases/build');
const { writeReport, reproduceCommand } = require('./report');

/** In order: each later phase's data (claims, targets, revisions) touches no earlier figure. */
const ALL_PHASES = [
  // Before the publishes grow the changelog: the page as the seed publishes it.
  require('./page-weight'),
  require('./phases/public-read'),
  require('./phases/publish-cost'),
  require('./phases/sync'),
  require('./phases/outage'),
  require('./phases/claims-desk'),
  require('./phases/load-while-publishing'),
  require('./map-validation'),
  // Last: it adds the uk and ru editions, which no earlier phase expects.
  require('./phases/editions'),
];
// BENCH_PHASES="publish cost,claims desk": only those (by name), printed as JSON; no results.json or report.
const ONLY = process.env.BENCH_PHASES ? process.env.BENCH_PHASES.split(',').map((name) => name.trim()) : null;
const PHASES = ONLY ? ALL_PHASES.filter((phase) => ONLY.includes(phase.name)) : ALL_PHASES;

const loadAverage = () => os.loadavg().map((v) => Number(v.toFixed(2)));

const machine = (loadAtStart) => ({
  cpus: os.cpus().length,
  cpuModel: (os.cpus()[0] && os.cpus()[0].model) || null,
  memoryGb: Number((os.totalmem() / 2 ** 30).toFixed(1)),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  // Other work on the machine skews req/s; the load averages at start and end show how much.
  loadAverage: { start: loadAtStart, end: loadAverage() },
});

const main = async () => {
  const started = Date.now();
  const loadAtStart = loadAverage();
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
  const context = {
    server,
    base,
    publicUrl: `${base}/api/conflict-explainer/explainers/${SLUG}`,
    documentId: ready.documentId,
    accessKey: ready.accessKey,
  };

  const measured = {};
  for (const phase of PHASES) Object.assign(measured, await phase.run(context));

  const stopped = await command(server, 'stop', {}, 30_000).catch((error) => log(`stop: ${error.message}`));
  if (stopped) log(`Strapi stopped (${stopped.removedUploads} seeded upload(s) removed, bench database deleted)`);

  if (ONLY) {
    console.log(JSON.stringify(measured, null, 2));
    clearTimeout(watchdog);
    return PHASES.flatMap((phase) => (phase.problems ? phase.problems(measured) : []));
  }

  const results = {
    date: new Date().toISOString(),
    machine: machine(loadAtStart),
    settings: { ...SETTINGS, database: 'sqlite (bench/.tmp/bench.db)' },
    command: reproduceCommand(process.env),
    ...measured,
    targets: TARGETS,
    pass: Object.assign({}, ...PHASES.map((phase) => (phase.pass ? phase.pass(measured) : {}))),
    runSeconds: Math.round((Date.now() - started) / 1000),
  };
  fs.writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
  log(`results written to ${path.relative(ROOT, RESULTS)} (${results.runSeconds} s)`);
  const written = await writeReport(results);
  log(`report: ${written.map((file) => path.relative(ROOT, file)).join(', ')}`);

  clearTimeout(watchdog);
  // Correctness, not targets: these make the run fail.
  return PHASES.flatMap((phase) => (phase.problems ? phase.problems(measured) : []));
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
    if (isSignalled()) return log('interrupted');
    console.error(`[bench] FAILED: ${(error && error.stack) || error}`);
    killAll('SIGTERM');
    process.exitCode = 1;
    // Children exit on IPC disconnect; make sure the parent itself does not linger.
    setTimeout(() => process.exit(1), 3000).unref();
  }
);
