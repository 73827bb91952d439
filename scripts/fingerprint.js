/**
 * Content fingerprints that let a second start skip work whose inputs did not change: the plugin
 * build (its sources), the playground's admin build (the plugin's built admin, the playground's
 * config and admin sources, Strapi's version and the lockfile) and the compiled playground. Each build writes its fingerprint
 * into a stamp file beside its output; a matching stamp means the output is current.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const PLAYGROUND_DIR = path.join(ROOT, 'playground');

const filesUnder = (dir) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
        .sort()
    : [];

const strapiVersion = () => JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'package.json'), 'utf8')).version;

const fingerprintOf = (files, extra = '') => {
  const hash = crypto.createHash('sha256').update(extra);
  for (const file of files) if (fs.existsSync(file)) hash.update(path.relative(ROOT, file)).update(fs.readFileSync(file));
  return hash.digest('hex');
};

/** The plugin's sources and build settings (tests beside the code excluded). */
const pluginSourcesFingerprint = () =>
  fingerprintOf([
    ...['server/src', 'admin/src', 'shared'].flatMap((dir) => filesUnder(path.join(ROOT, dir))).filter((file) => !file.includes(`${path.sep}__tests__${path.sep}`)),
    ...fs.readdirSync(ROOT).filter((name) => /^tsconfig.*\.json$/.test(name)).map((name) => path.join(ROOT, name)),
    ...['server/tsconfig.json', 'admin/tsconfig.json', 'package.json', 'package-lock.json', 'scripts/build.js', 'scripts/portable-declarations.js'].map((file) => path.join(ROOT, file)),
  ]);

/** What the playground's built admin depends on. */
const adminFingerprint = () =>
  fingerprintOf(
    [
      ...filesUnder(path.join(ROOT, 'dist', 'admin')),
      ...filesUnder(path.join(PLAYGROUND_DIR, 'config')),
      ...filesUnder(path.join(PLAYGROUND_DIR, 'src', 'admin')),
      path.join(PLAYGROUND_DIR, 'package.json'),
      path.join(ROOT, 'package-lock.json'),
    ],
    strapiVersion()
  );

/** What the compiled playground (playground/dist) is made from. */
const playgroundFingerprint = () =>
  fingerprintOf(
    [
      ...filesUnder(path.join(PLAYGROUND_DIR, 'config')),
      ...filesUnder(path.join(PLAYGROUND_DIR, 'src')),
      path.join(PLAYGROUND_DIR, 'tsconfig.json'),
      path.join(PLAYGROUND_DIR, 'package.json'),
    ],
    strapiVersion()
  );

const readStamp = (file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null);

module.exports = {
  PLUGIN_STAMP: path.join(ROOT, 'dist', '.sources-fingerprint'),
  ADMIN_BUILD_DIR: path.join(PLAYGROUND_DIR, 'dist', 'build'),
  ADMIN_STAMP: path.join(PLAYGROUND_DIR, 'dist', 'build', '.admin-fingerprint'),
  PLAYGROUND_STAMP: path.join(PLAYGROUND_DIR, 'dist', '.sources-fingerprint'),
  pluginSourcesFingerprint,
  adminFingerprint,
  playgroundFingerprint,
  readStamp,
};
