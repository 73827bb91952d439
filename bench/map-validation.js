'use strict';
/**
 * Map validation under the worst maps the size limit (512 KB of GeoJSON) allows: for each, the
 * time `POST /conflict-explainer/maps/validate` takes, the Strapi process's RSS growth (peak during
 * the request, from /proc, minus before), and the latency of public reads sent one after another
 * while it runs. Targets: answered within 1 s and 100 MB; every public read within 100 ms.
 *
 * Alone: `npm run build && node bench/map-validation.js` (boots bench/server.js on its own SQLite
 * file). In `npm run bench` it is the last phase (`BENCH_PHASES="map validation"` for just it).
 */
const { fork } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const http = require('node:http');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const TARGETS = { validationMaxMs: 1000, rssGrowthMaxMb: 100, publicReadMaxMs: 100 };
const MAX_BYTES = 512 * 1024;
const SLUG = 'pokrovsk';

const round = (n) => (Number.isFinite(n) ? Math.round(n * 10) / 10 : null);
const at5 = (n) => Math.round(n * 1e5) / 1e5;

/** A closed ring of `points` positions round a circle, each `step` positions on from the last. */
const circleRing = (points, step) =>
  Array.from({ length: points + 1 }, (_, i) => {
    const angle = (2 * Math.PI * ((i * step) % points)) / points;
    return [at5(37.2 + 0.2 * Math.cos(angle)), at5(48.3 + 0.2 * Math.sin(angle))];
  });

/** A simple polygon whose long parallel teeth all overlap each other's bounding boxes (an R-tree's worst case). */
const combRing = (teeth) => {
  const dx = 0.00005;
  const ring = [];
  for (let i = 0; i < teeth; i += 1) {
    const x = 37 + 2 * i * dx;
    ring.push([at5(x), 48], [at5(x + 1), 49], [at5(x + 1 + dx), 49], [at5(x + dx), 48]);
  }
  const last = ring[ring.length - 1];
  ring.push([last[0], 47.9], [37, 47.9], [37, 48]);
  return ring;
};

const polygonMap = (name, ring) => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { type: 'control-contested', name }, geometry: { type: 'Polygon', coordinates: [ring] } }],
});

/** The largest `make(n)` whose JSON stays under the size limit (binary search on n). */
const largestUnderLimit = (make, low, high) => {
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (JSON.stringify(make(mid)).length <= MAX_BYTES - 1024) low = mid;
    else high = mid - 1;
  }
  return low;
};

const cases = () => {
  const starPoints = largestUnderLimit((n) => polygonMap('star', circleRing(n | 1, (n | 1) >> 1)), 1000, 60000) | 1;
  const circlePoints = largestUnderLimit((n) => polygonMap('circle', circleRing(n, 1)), 1000, 60000);
  const teeth = largestUnderLimit((n) => polygonMap('comb', combRing(n)), 100, 20000);
  return [
    { name: 'issue 15: 6,001-point self-crossing star', map: polygonMap('star', circleRing(6001, 3000)) },
    { name: `largest self-crossing star (${starPoints} points)`, map: polygonMap('star', circleRing(starPoints, starPoints >> 1)) },
    { name: `largest simple outline (${circlePoints} points)`, map: polygonMap('circle', circleRing(circlePoints, 1)) },
    { name: 'largest simple outline the check takes (20,000 points)', map: polygonMap('circle', circleRing(20000, 1)) },
    { name: `comb, all edge boxes overlapping (${teeth * 4 + 3} points)`, map: polygonMap('comb', combRing(teeth)) },
    { name: 'comb of 4,000 points', map: polygonMap('comb', combRing(1000)) },
  ];
};

const request = (url, { method = 'GET', headers = {}, body } = {}) =>
  new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = http.request(url, { method, headers: { ...headers, ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': String(payload.length) } : {}) } }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.setTimeout(300_000, () => req.destroy(new Error(`timeout: ${method} ${url}`)));
    req.on('error', reject);
    req.end(payload);
  });

/** Resident and peak resident memory of a process in MB; the peak is reset first when `reset`. */
const memoryOf = (pid, reset = false) => {
  if (reset) fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const mb = (key) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)[1]) / 1024;
  return { rss: mb('VmRSS'), peak: mb('VmHWM') };
};

/** One validation request, with public reads one after another until it has answered. */
const measureCase = async (base, token, pid, { name, map }) => {
  const bytes = JSON.stringify(map).length;
  const before = memoryOf(pid, true);
  let answered = false;
  const started = performance.now();
  const validation = request(`${base}/conflict-explainer/maps/validate`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: { geojson: map } }).then((res) => {
    answered = true;
    return { ...res, ms: performance.now() - started };
  });
  const reads = [];
  while (!answered) {
    const t = performance.now();
    const res = await request(`${base}/api/conflict-explainer/explainers/${SLUG}`);
    if (res.status !== 200) throw new Error(`public read during validation answered ${res.status}`);
    reads.push(performance.now() - t);
  }
  const result = await validation;
  const after = memoryOf(pid);
  let verdict = `HTTP ${result.status}`;
  if (result.status === 200) {
    const { data } = JSON.parse(result.body);
    verdict = data.valid ? 'accepted' : `refused: ${data.issues[0].message.slice(0, 70)}`;
  }
  return {
    name,
    bytes,
    verdict,
    validationMs: round(result.ms),
    rssGrowthMb: round(after.peak - before.rss),
    publicReads: reads.length,
    publicReadMaxMs: round(Math.max(...reads, 0)),
  };
};

/** Runs every case against a running bench/server.js (`server`, the forked child) on `base`. */
const measureMapValidation = async (server, base, command) => {
  const { email, password } = await command(server, 'adminUser');
  const login = await request(`${base}/admin/login`, { method: 'POST', body: { email, password } });
  if (login.status !== 200) throw new Error(`admin login answered ${login.status}`);
  const { token } = JSON.parse(login.body).data;
  // Warm the route and the public read (JIT, caches) with a small valid map.
  for (let i = 0; i < 3; i += 1) await measureCase(base, token, server.pid, { name: 'warm-up', map: polygonMap('warm-up', circleRing(200, 1)) });
  const results = [];
  for (const c of cases()) results.push(await measureCase(base, token, server.pid, c));
  const pass = results.every((r) => r.validationMs <= TARGETS.validationMaxMs && r.rssGrowthMb <= TARGETS.rssGrowthMaxMb && r.publicReadMaxMs <= TARGETS.publicReadMaxMs);
  return { targets: TARGETS, results, pass, machine: { cpus: os.cpus().length, loadAverage: os.loadavg().map((n) => Math.round(n * 10) / 10) } };
};

const printMapValidation = (summary) => {
  const mark = (ok) => (ok ? 'PASS' : 'FAIL');
  const t = summary.targets;
  console.log('');
  console.log(
    `Map validation, worst maps under the ${MAX_BYTES / 1024} KB limit (targets: ≤ ${t.validationMaxMs} ms, ≤ ${t.rssGrowthMaxMb} MB RSS growth, public read ≤ ${t.publicReadMaxMs} ms meanwhile; ` +
      `${summary.machine.cpus} CPUs, load avg ${summary.machine.loadAverage[0]}):`
  );
  for (const r of summary.results) {
    const ok = r.validationMs <= t.validationMaxMs && r.rssGrowthMb <= t.rssGrowthMaxMb && r.publicReadMaxMs <= t.publicReadMaxMs;
    console.log(`  ${r.name} (${Math.round(r.bytes / 1024)} KB): ${r.validationMs} ms, RSS +${r.rssGrowthMb} MB, ${r.publicReads} public reads meanwhile, slowest ${r.publicReadMaxMs} ms   ${mark(ok)}`);
    console.log(`      ${r.verdict}`);
  }
};

/** As a phase of bench/run.js (bench/phases/ layout): its figures printed as it ends, its targets in `pass`. */
const phase = {
  name: 'map validation',
  run: async ({ server, base }) => {
    const mapValidation = await measureMapValidation(server, base, require('./lib/children').command);
    printMapValidation(mapValidation);
    return { mapValidation };
  },
  pass: (results) => ({ mapValidation: results.mapValidation.pass }),
};

module.exports = { ...phase, measureMapValidation, printMapValidation };

if (require.main === module) {
  const server = fork(path.join(__dirname, 'server.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let nextId = 1;
  const command = (child, cmd, params = {}) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const onMessage = (message) => {
        if (!message || message.id !== id) return;
        child.off('message', onMessage);
        return message.ok ? resolve(message.result) : reject(new Error(message.error));
      };
      child.on('message', onMessage);
      child.send({ id, cmd, ...params });
    });
  const ready = new Promise((resolve, reject) => {
    server.on('message', (message) => {
      if (message && message.type === 'ready') resolve(message);
      if (message && message.type === 'boot-error') reject(new Error(message.error));
    });
    server.once('exit', (code) => reject(new Error(`bench/server.js exited (${code})`)));
  });
  ready
    .then(async ({ port }) => {
      const summary = await measureMapValidation(server, `http://127.0.0.1:${port}`, command);
      printMapValidation(summary);
      fs.writeFileSync(path.join(__dirname, 'map-validation.json'), `${JSON.stringify(summary, null, 2)}\n`);
      await command(server, 'stop').catch(() => undefined);
      process.exitCode = summary.pass ? 0 : 1;
    })
    .catch((error) => {
      console.error(`[bench] FAILED: ${(error && error.stack) || error}`);
      process.exitCode = 1;
    })
    .finally(() => {
      if (server.connected) server.disconnect();
    });
}
