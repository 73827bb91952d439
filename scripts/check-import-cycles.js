#!/usr/bin/env node
/**
 * Fails when the server's modules import each other in a circle (type-only imports count too: a
 * cycle of types is still a dependency a reader has to untangle). Relative imports only.
 * Usage: node scripts/check-import-cycles.js [folder, default server/src]
 */
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'server', 'src'));
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)|require\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

const sourceFiles = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' || entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });

const resolve = (from, specifier) => {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')];
  return candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
};

const files = sourceFiles(root);
const graph = new Map(
  files.map((file) => {
    const text = fs.readFileSync(file, 'utf8');
    const targets = new Set();
    for (const match of text.matchAll(IMPORT)) {
      const target = resolve(file, match[1] ?? match[2] ?? match[3]);
      if (target && target.startsWith(root + path.sep)) targets.add(target);
    }
    return [file, [...targets]];
  })
);

// Depth-first search; a back edge to a module on the current path is a cycle.
const cycles = [];
const state = new Map(); // file -> 'visiting' | 'done'
const stack = [];
const visit = (file) => {
  state.set(file, 'visiting');
  stack.push(file);
  for (const next of graph.get(file) ?? []) {
    if (state.get(next) === 'visiting') cycles.push([...stack.slice(stack.indexOf(next)), next]);
    else if (!state.has(next)) visit(next);
  }
  stack.pop();
  state.set(file, 'done');
};
for (const file of graph.keys()) if (!state.has(file)) visit(file);

const rel = (file) => path.relative(root, file);
if (cycles.length) {
  console.error(`Import cycles under ${path.relative(process.cwd(), root) || '.'}:`);
  for (const cycle of cycles) console.error(`  ${cycle.map(rel).join(' → ')}`);
  process.exit(1);
}
console.log(`No import cycles among ${files.length} modules under ${path.relative(process.cwd(), root) || '.'}.`);
