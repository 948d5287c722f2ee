// Prints the JavaScript a first page load fetches — the scripts dist/index.html loads and the
// modules it preloads — raw and gzipped (zlib level 9), and fails when the gzipped total exceeds
// the budget. Usage (after `npm run build`): node scripts/initial-js-size.mjs [budget-kB]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const budget = Number(process.argv[2] ?? 200) * 1000;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const refs = [
  ...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
].map((m) => m[1]);
let raw = 0;
let gz = 0;
for (const ref of new Set(refs)) {
  const bytes = readFileSync(join(dist, ref.replace(/^\//, '')));
  const z = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gz += z;
  console.log(`${ref}  ${(bytes.length / 1000).toFixed(1)} kB  gzip ${(z / 1000).toFixed(1)} kB`);
}
console.log(`initial JS: ${refs.length} files, ${(raw / 1000).toFixed(1)} kB, gzip ${(gz / 1000).toFixed(1)} kB (budget ${budget / 1000} kB)`);
if (gz > budget) {
  console.error('initial JS is over budget');
  process.exit(1);
}
