// Splits the app's wasm into a first-load module and lazily loaded chunks (wasm-split), runs
// wasm-bindgen and wasm-opt on them, and puts them in `pkg-<hash>/` of the staging folder.
// Called by postbuild.mjs; replaces the single module Trunk built. Pages marked `#[lazy]` in
// src/shell/app.rs end up in chunks that the browser fetches the first time they are shown.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const NAME = 'unionbook';
const WASM_OPT_FLAGS = [
  '-Oz',
  '--enable-bulk-memory',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-mutable-globals',
  '--enable-reference-types',
];

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });

/** Returns the folder name (under staging) holding the split module, its JS and chunks. */
export function split({ staging, targetDir, profile, wasmOpt }) {
  const input = join(targetDir, 'wasm32-unknown-unknown', profile, `${NAME}.wasm`);
  const work = mkdtempSync(join(tmpdir(), 'unionbook-split-'));
  const pkg = join(work, 'pkg');
  try {
    run('wasm-split-cli', [input, work, '--out-name', NAME, '--target', 'web']);
    run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript', '--out-name', NAME, '--out-dir', pkg, join(work, `${NAME}.wasm`)]);
    for (const file of readdirSync(work)) {
      if (file === `${NAME}.wasm` || !/\.(wasm|js)$/.test(file)) continue;
      copyFileSync(join(work, file), join(pkg, file));
    }
    if (wasmOpt) {
      for (const file of readdirSync(pkg).filter((f) => f.endsWith('.wasm'))) {
        const path = join(pkg, file);
        run(wasmOpt, [...WASM_OPT_FLAGS, '-o', `${path}.opt`, path]);
        renameSync(`${path}.opt`, path);
      }
    }
    // One hash for the whole set: the files refer to each other by plain names.
    const hash = createHash('sha256');
    for (const file of readdirSync(pkg).sort()) hash.update(file).update(readFileSync(join(pkg, file)));
    const folder = `pkg-${hash.digest('hex').slice(0, 16)}`;
    mkdirSync(join(staging, folder));
    for (const file of readdirSync(pkg)) copyFileSync(join(pkg, file), join(staging, folder, file));
    return folder;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Replaces Trunk's single-module loader in index.html with one for the split module. */
export function useSplitModule(html, folder, staging) {
  // Trunk's own module, preload hints and loader go; so do its files.
  for (const file of readdirSync(staging)) {
    if (new RegExp(`^${NAME}-[0-9a-f]+(_bg\\.wasm|\\.js)$`).test(file)) rmSync(join(staging, file));
  }
  html = html.replace(/<link rel="(modulepreload|preload)" href="\/unionbook-[^"]*"[^>]*>/g, '');
  html = html.replace(/<script type="module">[\s\S]*?TrunkApplicationStarted[\s\S]*?<\/script>/, '');
  const loader =
    `<link rel="modulepreload" href="/${folder}/${NAME}.js">` +
    `<link rel="preload" href="/${folder}/${NAME}_bg.wasm" as="fetch" type="application/wasm" crossorigin>` +
    `<script type="module">import init from '/${folder}/${NAME}.js';\nawait init({ module_or_path: '/${folder}/${NAME}_bg.wasm' });</script>`;
  if (!html.includes('</head>')) throw new Error('index.html has no </head>');
  return html.replace('</head>', `${loader}</head>`);
}
