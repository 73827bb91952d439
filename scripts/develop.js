#!/usr/bin/env node
/**
 * `npm run develop`: builds the plugin, then runs the playground Strapi (admin at
 * http://localhost:1337/admin, Pokrovsk piece seeded) and, when present, the reference site
 * (http://localhost:3000). Ctrl-C stops everything.
 */
const { spawn, spawnSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
// The playground's sync target and the reference site share a signing secret made for this run
// (nothing committed signs anything); set SITE_SECRET yourself to keep one across runs.
const siteSecret = process.env.SITE_SECRET || `whsec_${randomBytes(32).toString('base64')}`;
const env = { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', BROWSER: 'none', SITE_SECRET: siteSecret };

for (const [command, args] of [
  [bin('strapi-plugin'), ['build']],
  [bin('tsc'), ['-p', 'shared/site-kit/tsconfig.json']],
]) {
  const build = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

fs.mkdirSync(path.join(root, 'playground', 'public', 'uploads'), { recursive: true });

const children = [];
const start = (name, command, args, cwd) => {
  const child = spawn(command, args, { cwd, stdio: 'inherit', env });
  child.on('exit', (code) => {
    console.log(`[develop] ${name} exited with ${code}`);
    shutdown(code ?? 0);
  });
  children.push(child);
};

const shutdown = (code) => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
};
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

start('playground', bin('strapi'), ['develop', '--no-watch-admin'], path.join(root, 'playground'));
const site = path.join(root, 'examples', 'site', 'server.js');
if (fs.existsSync(site)) start('reference site', process.execPath, [site], path.join(root, 'examples', 'site'));
