'use strict';
/** The bench's settings (from BENCH_* variables), its targets, and where things are. */
const path = require('node:path');

const BENCH_DIR = path.resolve(__dirname, '..');
const ROOT = path.resolve(__dirname, '..', '..');
const PLAYGROUND = path.join(ROOT, 'playground');
const RESULTS = path.join(BENCH_DIR, 'results.json');

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
const TARGETS = { publicVsBare: 0.7, publicVsStrapiRest: 10, publishRatioMax: 1.5, syncP50MaxMs: 100, deskP95MaxMs: 200, editionsPublishRatioMax: 1.2 };
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

module.exports = { BENCH_DIR, ROOT, PLAYGROUND, RESULTS, num, SETTINGS, TARGETS, PROFILE, WATCHDOG_MS, SLUG, EXPLAINER_UID, REST_POPULATE, log };
