// Reports what a first visit downloads, compressed, and fails when it is over the budget.
// Usage: node tools/size.mjs [dist]   (run after `trunk build --release`)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

// PRODUCT.md: under 250 KB compressed for wasm + JS + CSS; the goal is 200 KB.
const BUDGET = 250_000;
const GOAL = 200_000;

const dist = process.argv[2] ?? 'dist';
const files = readdirSync(dist).filter((f) => /\.(wasm|js|css)$/.test(f) && f !== 'sw.js');
let gzipTotal = 0;
let brotliTotal = 0;
for (const file of files.sort()) {
  const bytes = readFileSync(join(dist, file));
  const gz = gzipSync(bytes, { level: 9 }).length;
  const br = brotliCompressSync(bytes).length;
  gzipTotal += gz;
  brotliTotal += br;
  console.log(`${file.padEnd(44)} ${String(bytes.length).padStart(8)} raw ${String(gz).padStart(8)} gzip ${String(br).padStart(8)} brotli`);
}
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
console.log(`first load (wasm + JS + CSS): ${kb(gzipTotal)} gzip, ${kb(brotliTotal)} brotli; budget ${kb(BUDGET)}, goal ${kb(GOAL)}`);
if (gzipTotal > BUDGET) {
  console.error(`size: over budget by ${kb(gzipTotal - BUDGET)}`);
  process.exit(1);
}
