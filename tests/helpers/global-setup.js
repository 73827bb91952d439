/**
 * Before the API tests: build the plugin (the playground loads it from ../dist, as an app loads an
 * installed plugin) and compile the TypeScript playground, once per run.
 */
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async () => {
  const root = path.resolve(__dirname, '..', '..');
  if (process.env.SKIP_PLUGIN_BUILD !== 'true') {
    execFileSync(path.join(root, 'node_modules', '.bin', 'strapi-plugin'), ['build'], { cwd: root, stdio: 'pipe' });
  }
  const tsUtils = require('@strapi/typescript-utils');
  await tsUtils.compile(path.join(root, 'playground'), { configOptions: { ignoreDiagnostics: false } });
};
