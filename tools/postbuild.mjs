// Trunk post-build hook (see Trunk.toml). Runs in the staging folder before it becomes dist/:
//  0. splits the wasm into a first-load module and lazily loaded chunks (split.mjs);
//  1. allows the inline module loader in index.html by its SHA-256 in the CSP,
//     so the policy needs neither 'unsafe-inline' nor a server;
//  2. writes 404.html (static hosts such as GitHub Pages serve it for deep links);
//  3. generates sw.js with Workbox: it precaches every built file by content revision, so after
//     one visit the app opens offline, and a new deploy is installed beside the old one and
//     only takes over when the user chooses "reload to update".
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { split, useSplitModule } from './split.mjs';

const PLACEHOLDER = '__INLINE_SCRIPT_HASHES__';
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set; run this through `trunk build`.');
  process.exit(1);
}

const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const profile = process.env.TRUNK_PROFILE === 'release' ? 'release' : 'debug';
const folder = split({
  staging,
  targetDir: process.env.CARGO_TARGET_DIR ?? 'target',
  profile,
  // binaryen 132 from tools/node_modules, never another on PATH (Debian's 108 breaks the module).
  wasmOpt: profile === 'release' ? fileURLToPath(new URL('./node_modules/.bin/wasm-opt', import.meta.url)) : null,
});
html = useSplitModule(html, folder, staging);
if (!html.includes(PLACEHOLDER)) {
  console.error(`postbuild: index.html has no ${PLACEHOLDER} in its Content-Security-Policy.`);
  process.exit(1);
}
const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
const hashes = inlineScripts.map(
  ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
);
html = html.replace(PLACEHOLDER, hashes.join(' '));
writeFileSync(indexPath, html);
writeFileSync(join(staging, '404.html'), html);

const { count, size, warnings } = await generateSW({
  globDirectory: staging,
  globPatterns: ['**/*.{html,js,wasm,css,webmanifest,png,svg}'],
  globIgnores: ['sw.js', '404.html'],
  swDest: join(staging, 'sw.js'),
  mode: 'production',
  sourcemap: false,
  inlineWorkboxRuntime: true,
  // The page asks the waiting worker to take over (see src/browser/service_worker.rs).
  skipWaiting: false,
  clientsClaim: false,
  cleanupOutdatedCaches: true,
  navigateFallback: '/index.html',
  // Trunk puts a content hash in these names already: no need for a revision query.
  dontCacheBustURLsMatching: /(-[0-9a-f]{8,16}\.css|\/pkg-[0-9a-f]{16}\/.*)$/,
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
});
for (const warning of warnings) console.warn(`postbuild: ${warning}`);
console.log(
  `postbuild: ${hashes.length} inline script(s) hashed into the CSP; sw.js precaches ${count} files (${size} bytes).`,
);
