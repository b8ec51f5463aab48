// Fails when the JavaScript the main page loads before it can run (the entry chunk and
// everything it imports statically) exceeds the budget, gzipped. Lazy chunks such as
// GraphiQL's are not counted: they load only on their own routes.
//
// The list comes from Vite's manifest (dist/.vite/manifest.json) and is checked against
// the scripts dist/index.html actually references, so neither can drift unnoticed.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const budgetKB = Number(process.env.KINDRED_JS_BUDGET_KB ?? 250);
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

function fail(message) {
  console.error(`budget: ${message}`);
  process.exit(1);
}

let manifest;
try {
  manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
} catch (err) {
  fail(`cannot read dist/.vite/manifest.json (run npm run build first): ${err.message}`);
}

const entry = manifest['index.html'];
if (!entry?.isEntry) fail('the manifest has no index.html entry');

// The entry and its static imports, recursively; dynamic imports are left out.
const files = new Set();
(function walk(chunk) {
  if (files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const key of chunk.imports ?? []) {
    const dep = manifest[key];
    if (!dep) fail(`the manifest names an import it does not list: ${key}`);
    walk(dep);
  }
})(entry);

// Every script index.html loads up front must be counted.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const referenced = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/([^"]+\.js)"/g)].map(
  (m) => m[1],
);
for (const file of referenced) {
  if (!files.has(file)) fail(`index.html loads ${file}, which the manifest walk missed`);
}

let total = 0;
const rows = [];
for (const file of [...files].sort()) {
  const bytes = readFileSync(join(dist, file));
  const gz = gzipSync(bytes, { level: 9 }).length;
  total += gz;
  rows.push(`  ${file}  ${(bytes.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzipped`);
}

console.log('Initial JavaScript of the main page:');
console.log(rows.join('\n'));
const kb = total / 1024;
console.log(`total: ${kb.toFixed(1)} KB gzipped (budget ${budgetKB} KB)`);
if (kb > budgetKB) fail(`over budget by ${(kb - budgetKB).toFixed(1)} KB`);
console.log('budget: ok');
