/**
 * Makes the shipped declarations (dist/server, dist/admin) resolvable in an app that installs the
 * package. TypeScript spells some inferred Strapi types by their file inside @strapi/types
 * (`import('@strapi/types/dist/core')`), a path that package's exports and an app's hoisting do
 * not promise; they are rewritten to the public `Core` namespace of @strapi/strapi (a peer
 * dependency). Then any declaration still naming a module the package does not depend on fails
 * the build, so a consumer with `skipLibCheck: false` never meets a missing module.
 */
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const DECLARATION_DIRS = ['dist/server', 'dist/admin'];

const REWRITES = [
  ["import('@strapi/types/dist/core/core-api/controller')", "import('@strapi/strapi').Core.CoreAPI.Controller"],
  ["import('@strapi/types/dist/core/core-api/service')", "import('@strapi/strapi').Core.CoreAPI.Service"],
  ["import('@strapi/types/dist/core')", "import('@strapi/strapi').Core"],
];

const declarationFiles = (dir) =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { recursive: true }).filter((file) => file.endsWith('.d.ts')).map((file) => path.join(dir, file))
    : [];

/** Bare module names a declaration may import: what the package depends on, or what Strapi brings (koa, GeoJSON types). */
const importable = () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  return new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {}), 'koa', 'geojson', '@strapi/content-manager']);
};

const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

const makePortable = () => {
  const allowed = importable();
  const problems = [];
  for (const file of DECLARATION_DIRS.flatMap((dir) => declarationFiles(path.join(root, dir)))) {
    let text = fs.readFileSync(file, 'utf8');
    for (const [from, to] of REWRITES) text = text.split(from).join(to);
    fs.writeFileSync(file, text);
    for (const [, specifier] of text.matchAll(/(?:from |import\()'([^'.][^']*)'/g)) {
      if (specifier.startsWith('@strapi/types/dist') || !allowed.has(packageName(specifier))) {
        problems.push(`${path.relative(root, file)}: imports '${specifier}', which an app installing the package may not have`);
      }
    }
  }
  return [...new Set(problems)];
};

module.exports = { makePortable };
