// Builds Unionbook into dist/: the wasm by cargo, then the page around it.
// Usage: node tools/build.mjs [--debug]        (release unless --debug)
//
// index.html is the template. The `<link rel="stylesheet" href="style/NAME.css">` in it become
// one `/app-<content hash>.css`, so a new deploy never mixes with a cached sheet; a style sheet
// that index.html does not link is copied under its own name (a lazy chunk links it, see
// src/browser/stylesheet.rs); public/ is copied as it is. Then finish.mjs splits the wasm,
// writes the loader, the CSP hashes and the service worker. dist/ is replaced only once the
// whole build succeeded, so a failed build leaves the last good one.
//
// This replaces Trunk, which did the same for this app but took seven minutes to install on a
// fresh two-core machine and ran wasm-bindgen over a module that split.mjs then built again.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { finish } from './finish.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const profile = process.argv.includes('--debug') ? 'debug' : 'release';
const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
const dist = join(root, 'dist');
const staging = join(root, 'target', 'dist-staging');

execFileSync(
  'cargo',
  ['build', '--target', 'wasm32-unknown-unknown', '--bin', 'unionbook', ...(profile === 'release' ? ['--release'] : [])],
  { cwd: root, stdio: 'inherit' },
);

rmSync(staging, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });
cpSync(join(root, 'public'), staging, { recursive: true });

let html = readFileSync(join(root, 'index.html'), 'utf8');
// The sheets index.html links become one file, in their order: one request on the critical
// path instead of a dozen, and one gzip stream that shares its dictionary.
const linked = new Set();
const sheets = [];
html = html.replace(/\s*<link rel="stylesheet" href="style\/([a-z0-9-]+)\.css" \/>/g, (_, name) => {
  linked.add(`${name}.css`);
  sheets.push(readFileSync(join(root, 'style', `${name}.css`), 'utf8'));
  return sheets.length === 1 ? '\n    <link rel="stylesheet" href="__APP_CSS__" />' : '';
});
// Minified (comments and spaces out, colours and numbers shortened) by esbuild, already a build
// tool here: 1–2 KB less of the first load (`node tools/size.mjs dist`).
const minified = (text) => transformSync(text, { loader: 'css', minify: true, logLevel: 'error' }).code;
const css = minified(sheets.join('\n'));
const sheet = `app-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
writeFileSync(join(staging, sheet), css);
html = html.replace('__APP_CSS__', `/${sheet}`);
for (const file of readdirSync(join(root, 'style'))) {
  if (file.endsWith('.css') && !linked.has(file)) {
    writeFileSync(join(staging, basename(file)), minified(readFileSync(join(root, 'style', file), 'utf8')));
  }
}

await finish({ staging, html, targetDir, profile });

if (existsSync(dist)) rmSync(dist, { recursive: true, force: true });
renameSync(staging, dist);
console.log(`build: dist/ holds the ${profile} build.`);
