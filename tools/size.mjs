// Reports what a first visit downloads, compressed, and fails when it is over the gate. The
// lazily loaded page chunks (pkg-*/split_*.wasm, chunk_*.wasm, and the style sheets a chunk
// links itself) are listed apart: a page's chunk is fetched the first time the page is shown.
// Usage: node tools/size.mjs [dist]   (run after `node tools/build.mjs`)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

// The gate is PRODUCT.md's budget: 250 KB compressed for wasm + JS + CSS; the goal is 200 KB.
const BUDGET = 250_000;
const GOAL = 200_000;

const dist = process.argv[2] ?? 'dist';
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(wasm|js|css)$/.test(name) && name !== 'sw.js') files.push(path);
  }
};
walk(dist);

// A style sheet index.html does not link comes with a chunk (`browser::stylesheet`).
const index = readFileSync(join(dist, 'index.html'), 'utf8');
const lazy = (path) =>
  /(^|\/)(split_[^/]*|chunk_[^/]*)\.wasm$/.test(path) || (path.endsWith('.css') && !index.includes(relative(dist, path)));
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const totals = { first: [0, 0], lazy: [0, 0] };
for (const path of files.sort()) {
  const bytes = readFileSync(path);
  const gz = gzipSync(bytes, { level: 9 }).length;
  const br = brotliCompressSync(bytes).length;
  const part = lazy(path) ? 'lazy' : 'first';
  totals[part][0] += gz;
  totals[part][1] += br;
  const name = relative(dist, path);
  console.log(`${name.padEnd(64)} ${String(bytes.length).padStart(8)} raw ${String(gz).padStart(8)} gzip ${String(br).padStart(8)} brotli${part === 'lazy' ? '  (lazy)' : ''}`);
}
console.log(`lazily loaded page chunks: ${kb(totals.lazy[0])} gzip, ${kb(totals.lazy[1])} brotli`);
const [gzipTotal, brotliTotal] = totals.first;
console.log(`first load (wasm + JS + CSS): ${kb(gzipTotal)} gzip, ${kb(brotliTotal)} brotli; budget ${kb(BUDGET)}, goal ${kb(GOAL)}`);
if (gzipTotal > BUDGET) {
  console.error(`size: over budget by ${kb(gzipTotal - BUDGET)}`);
  process.exit(1);
}
