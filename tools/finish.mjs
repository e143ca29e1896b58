// The steps after the wasm is built, in the staging folder before it becomes dist/ (build.mjs):
//  0. splits the wasm into a first-load module and lazily loaded chunks (split.mjs);
//  1. allows the inline module loader in index.html by its SHA-256 in the CSP,
//     so the policy needs neither 'unsafe-inline' nor a server;
//  2. writes 404.html (static hosts such as GitHub Pages serve it for deep links);
//  3. generates sw.js with Workbox: it precaches every built file by content revision, so after
//     one visit the app opens offline, and a new deploy is installed beside the old one and
//     only takes over when the user chooses "reload to update".
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { split, splitModuleLoader } from './split.mjs';

const PLACEHOLDER = '__INLINE_SCRIPT_HASHES__';

/** Finishes `staging` from the wasm cargo built for `profile`, with `html` as its index page. */
export async function finish({ staging, html, targetDir, profile }) {
  const folder = split({ staging, targetDir, profile });
  if (!html.includes('</head>')) throw new Error('index.html has no </head>');
  html = html.replace('</head>', `${splitModuleLoader(folder)}</head>`);
  if (!html.includes(PLACEHOLDER)) throw new Error(`index.html has no ${PLACEHOLDER} in its Content-Security-Policy`);
  const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
  const hashes = inlineScripts.map(
    ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
  );
  html = html.replace(PLACEHOLDER, hashes.join(' '));
  writeFileSync(join(staging, 'index.html'), html);
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
    // build.mjs puts a content hash in these names already: no need for a revision query.
    dontCacheBustURLsMatching: /(-[0-9a-f]{16}\.css|\/pkg-[0-9a-f]{16}\/.*)$/,
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  });
  for (const warning of warnings) console.warn(`build: ${warning}`);
  console.log(`build: ${hashes.length} inline script(s) hashed into the CSP; sw.js precaches ${count} files (${size} bytes).`);
}
