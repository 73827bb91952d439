'use strict';
/** Builds the plugin (dist/) and compiles the playground (playground/dist/), unless BENCH_SKIP_BUILD=true. */
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const { ROOT, PLAYGROUND, log } = require('../lib/settings');

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

module.exports = { build };
