#!/usr/bin/env node
/**
 * `npm run build`: the plugin bundles (`strapi-plugin build`, into dist/admin and dist/server), then
 * each extra TypeScript project below. Fails when any step fails or prints a TypeScript error:
 * `strapi-plugin build` reports declaration errors but still exits 0 and says "Build complete".
 * Last, the shipped declarations are made portable (scripts/portable-declarations.js).
 */
const { spawn } = require('node:child_process');
const path = require('node:path');
const { makePortable } = require('./portable-declarations');

const root = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/** Extra `tsc -p` projects, run in order after the plugin bundles (each emits into dist/). */
const TSC_PROJECTS = ['tsconfig.shared.json', 'shared/site-kit/tsconfig.json'];

const TS_ERROR = /error TS\d+/;

/** Runs a command with its output shown as it comes; resolves to the exit code and the output. */
const run = (command, args) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' } });
    let output = '';
    const show = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', show(process.stdout));
    child.stderr.on('data', show(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });

const main = async () => {
  const steps = [[bin('strapi-plugin'), ['build']], ...TSC_PROJECTS.map((project) => [bin('tsc'), ['-p', project]])];
  for (const [command, args] of steps) {
    const label = `${path.basename(command)} ${args.join(' ')}`;
    const { code, output } = await run(command, args);
    if (code !== 0 || TS_ERROR.test(output)) {
      console.error(`\n[build] ${label} failed${code === 0 ? ' (it printed a TypeScript error)' : ` (exit ${code})`}`);
      process.exit(code || 1);
    }
  }
  const problems = makePortable();
  if (problems.length > 0) {
    console.error(`\n[build] declarations a consumer could not compile:\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log('[build] plugin bundles and declarations are in dist/');
};

main();
