#!/usr/bin/env node
/**
 * Type-checks fixtures/existing-app/consumer inside an app that installed the packed plugin, with
 * `skipLibCheck: false`: usage `node existing-app-types.js <consumer dir> <tsc>`.
 * - tsconfig.site.json (the contracts subpath alone) must compile with no error at all;
 * - tsconfig.app.json and tsconfig.strapi-app.json (the server entry next to Strapi's own types) must
 *   have no error in the consumer or the plugin's declarations. Strapi 5.54's own declarations have a
 *   few errors with library checks on (missing @types for cli-progress, @koa/router, json-logic-js;
 *   @types/koa and knex mismatches) that no plugin can fix: those are listed, not failed.
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const [consumerDir, tsc] = process.argv.slice(2);
const PLUGIN_FILES = /^(?!.*node_modules)|node_modules\/strapi-plugin-conflict-explainer\//;

const check = (project, { strictAboutLibraries }) => {
  const result = spawnSync(tsc, ['-p', path.join(consumerDir, project), '--pretty', 'false'], { cwd: consumerDir, encoding: 'utf8' });
  const errors = `${result.stdout}${result.stderr}`.split('\n').filter((line) => / error TS\d+/.test(line));
  const failing = strictAboutLibraries ? errors : errors.filter((line) => PLUGIN_FILES.test(line.split('(')[0]));
  const upstream = errors.filter((line) => !failing.includes(line));
  console.log(`${project}: ${failing.length} error(s) of the plugin or the consumer, ${upstream.length} in Strapi's own declarations`);
  for (const line of upstream) console.log(`  upstream: ${line}`);
  for (const line of failing) console.error(`  ERROR: ${line}`);
  return failing.length === 0;
};

const results = [
  check('tsconfig.site.json', { strictAboutLibraries: true }),
  check('tsconfig.app.json', { strictAboutLibraries: false }),
  check('tsconfig.strapi-app.json', { strictAboutLibraries: false }),
];
if (results.includes(false)) process.exit(1);
