'use strict';
/**
 * Page weight of the reader's page: the seeded Pokrovsk explainer rendered by the reference site
 * (examples/site/render), HTML + inline CSS with the maps' SVG, raw and gzip-compressed, against
 * the 100 KB (compressed) target of issue 16. Images load separately, lazily, and are not counted.
 *
 * Alone: `node bench/page-weight.js` builds the plugin and the playground (BENCH_SKIP_BUILD=true
 * reuses dist/), boots the seeded playground through bench/server.js (fresh SQLite file), reads the
 * public snapshot, renders and measures it, then stops Strapi. `--out DIR` also writes the
 * snapshot and the page there. As a phase of bench/run.js (listed in its PHASES, best first,
 * before the publishes grow the changelog): `run({ publicUrl })` → `{ pageWeight }`, `pass` →
 * `{ pageWeight: met }`.
 */
const { execFileSync, fork } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { renderPage } = require('../examples/site/render');

const ROOT = path.resolve(__dirname, '..');
const SLUG = 'pokrovsk';
const TARGET_GZIP_BYTES = 100 * 1024;

/** Raw and gzip bytes of the page for `snapshot`, and how much of it is map drawing. */
const measurePageWeight = (snapshot) => {
  const html = renderPage(snapshot, { pageUrl: `https://example.org/explainers/${snapshot.content.slug}` });
  const rawBytes = Buffer.byteLength(html);
  const gzipBytes = zlib.gzipSync(html, { level: 6 }).length;
  const mapSvgBytes = snapshot.content.maps.reduce((sum, map) => sum + Buffer.byteLength(map.svg), 0);
  return { html, rawBytes, gzipBytes, mapSvgBytes, targetGzipBytes: TARGET_GZIP_BYTES, withinTarget: gzipBytes <= TARGET_GZIP_BYTES };
};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const describe = (weight) =>
  `page weight: ${kb(weight.rawBytes)} raw, ${kb(weight.gzipBytes)} gzip (target ≤ ${kb(weight.targetGzipBytes)} gzip: ${weight.withinTarget ? 'met' : 'MISSED'}); maps ${kb(weight.mapSvgBytes)} of SVG`;

const build = () => {
  if (process.env.BENCH_SKIP_BUILD === 'true') return;
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'strapi-plugin'), ['build'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' } });
  return require('@strapi/typescript-utils').compile(path.join(ROOT, 'playground'), { configOptions: { ignoreDiagnostics: false } });
};

/** Boots bench/server.js, returns the public snapshot of the seeded explainer, stops Strapi. */
const seededSnapshot = async () => {
  const server = fork(path.join(__dirname, 'server.js'), [], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = (predicate, what, timeoutMs) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${what}: no answer within ${timeoutMs / 1000} s`)), timeoutMs);
      server.on('message', (message) => {
        if (message?.type === 'boot-error') reject(new Error(message.error));
        if (predicate(message)) {
          clearTimeout(timer);
          resolve(message);
        }
      });
      server.once('exit', (code) => reject(new Error(`${what}: Strapi exited (${code})`)));
    });
  try {
    const ready = await next((m) => m?.type === 'ready', 'Strapi boot', 180_000);
    const response = await fetch(`http://127.0.0.1:${ready.port}/api/conflict-explainer/explainers/${SLUG}`);
    if (response.status !== 200) throw new Error(`public read answered ${response.status}`);
    return await response.json();
  } finally {
    if (server.connected) {
      server.send({ id: 'stop', cmd: 'stop' });
      await next((m) => m?.id === 'stop', 'Strapi stop', 30_000).catch(() => server.kill());
    }
  }
};

const main = async () => {
  const outIndex = process.argv.indexOf('--out');
  const outDir = outIndex > 0 ? process.argv[outIndex + 1] : null;
  await build();
  const snapshot = await seededSnapshot();
  const weight = measurePageWeight(snapshot);
  if (outDir) {
    fs.mkdirSync(outDir, { recursive: true });
    fs.writeFileSync(path.join(outDir, 'snapshot.json'), JSON.stringify(snapshot, null, 2));
    fs.writeFileSync(path.join(outDir, 'page.html'), weight.html);
  }
  console.log(`[bench] ${describe(weight)}`);
  const { html, ...report } = weight;
  console.log(JSON.stringify({ phase: 'page-weight', ...report }));
};

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(`[bench] page weight: ${error.stack || error}`);
      process.exit(1);
    }
  );
}

/** The bench/run.js phase interface: reads the running Strapi's public snapshot and measures it. */
const run = async ({ publicUrl }) => {
  const response = await fetch(publicUrl);
  if (response.status !== 200) throw new Error(`page weight: public read answered ${response.status}`);
  const { html, ...pageWeight } = measurePageWeight(await response.json());
  console.log(`[bench] ${describe(pageWeight)}`);
  return { pageWeight };
};
const pass = ({ pageWeight }) => ({ pageWeight: Boolean(pageWeight && pageWeight.withinTarget) });
const problems = () => [];

module.exports = { name: 'page weight', run, pass, problems, measurePageWeight, describePageWeight: describe, TARGET_GZIP_BYTES };
