#!/usr/bin/env node
/**
 * `npm run develop`: builds the plugin, the playground's admin and the playground itself, then runs
 * the playground Strapi (admin at http://localhost:1337/admin, Pokrovsk piece seeded) and, when
 * present, the reference site (http://localhost:3000). Ctrl-C stops everything.
 *
 * Each build is skipped when its inputs have the fingerprint stamped by its last successful run
 * (scripts/fingerprint.js), so a second start with unchanged sources only boots Strapi. Strapi runs
 * with `strapi start`: no file watching (a change to the plugin needs a build anyway; restart to
 * pick it up). FORCE_BUILD=true rebuilds everything.
 */
const { spawn, spawnSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const fingerprint = require('./fingerprint');

const root = path.resolve(__dirname, '..');
const playground = path.join(root, 'playground');
const strapiCli = path.join(root, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
// The playground's sync target and the reference site share a signing secret made for this run
// (nothing committed signs anything); set SITE_SECRET yourself to keep one across runs.
const siteSecret = process.env.SITE_SECRET || `whsec_${randomBytes(32).toString('base64')}`;
const env = { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', BROWSER: 'none', SITE_SECRET: siteSecret };
const force = process.env.FORCE_BUILD === 'true';

/** Runs `args` with node unless the output exists and `inputs()` matches `stamp`; then stamps it. */
const buildUnlessCurrent = ({ label, inputs, stamp, output, args, cwd }) => {
  const current = inputs();
  if (!force && fingerprint.readStamp(stamp) === current && fs.existsSync(output)) {
    console.log(`[develop] ${label}: inputs unchanged, reusing ${path.relative(root, path.dirname(stamp))}`);
    return;
  }
  console.log(`[develop] ${label}…`);
  const result = spawnSync(process.execPath, args, { cwd, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`[develop] ${label} failed`);
    process.exit(result.status ?? 1);
  }
  fs.writeFileSync(stamp, current);
};

buildUnlessCurrent({
  label: 'plugin build',
  inputs: fingerprint.pluginSourcesFingerprint,
  stamp: fingerprint.PLUGIN_STAMP,
  output: path.join(root, 'dist', 'server', 'index.js'),
  args: [path.join(__dirname, 'build.js')],
  cwd: root,
});
buildUnlessCurrent({
  label: 'admin build',
  inputs: fingerprint.adminFingerprint,
  stamp: fingerprint.ADMIN_STAMP,
  output: path.join(fingerprint.ADMIN_BUILD_DIR, 'index.html'),
  args: [strapiCli, 'build'],
  cwd: playground,
});
buildUnlessCurrent({
  label: 'playground compile',
  inputs: fingerprint.playgroundFingerprint,
  stamp: fingerprint.PLAYGROUND_STAMP,
  output: path.join(playground, 'dist', 'src', 'index.js'),
  args: ['-e', "require('@strapi/typescript-utils').compile(process.cwd(), { configOptions: { ignoreDiagnostics: false } })"],
  cwd: playground,
});

fs.mkdirSync(path.join(playground, 'public', 'uploads'), { recursive: true });

const children = [];
let stopping = false;
const start = (name, args, cwd) => {
  const child = spawn(process.execPath, args, { cwd, stdio: 'inherit', env });
  child.on('exit', (code, signal) => {
    console.log(`[develop] ${name} ${signal ? `stopped (${signal})` : `exited with ${code}`}`);
    if (!stopping) shutdown(code ?? 1);
  });
  children.push(child);
};

/** Stops every child once; the exit code is the first failure's, or 0 for Ctrl-C. */
const shutdown = (code) => {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
};
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

start('playground', [strapiCli, 'start'], playground);
const site = path.join(root, 'examples', 'site', 'server.js');
if (fs.existsSync(site)) start('reference site', [site], path.dirname(site));
