// Splits the app's wasm into a first-load module and lazily loaded chunks (wasm-split), runs
// wasm-bindgen and binaryen's optimiser (as `wasm-opt -Oz`) on them, and puts them in `pkg-<hash>/` of the staging folder.
// Called by finish.mjs on the module cargo built. Pages marked `#[lazy]` in
// src/shell/app.rs end up in chunks that the browser fetches the first time they are shown.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { transformSync } from 'esbuild';
// binaryen 132 from tools/node_modules, never a wasm-opt on PATH (Debian's 108 breaks the module).
import binaryen from 'binaryen';

const NAME = 'unionbook';
// What `wasm-opt -Oz` with these features does, through binaryen's own API in this process:
// the split makes hundreds of chunks, and the wasm-opt command compiles binaryen afresh for each
// (0.7 s apiece, minutes in all), where this pays it once.
const features = () => {
  const f = binaryen.Features;
  return f.MVP | f.MutableGlobals | f.NontrappingFPToInt | f.BulkMemory | f.BulkMemoryOpt | f.SignExt | f.ReferenceTypes | f.CallIndirectOverlong;
};

function optimize(path) {
  const module = binaryen.readBinary(readFileSync(path));
  try {
    // The features the module declares (its target_features section: multivalue among them), and
    // those wasm-opt was given on the command line before.
    module.setFeatures(module.getFeatures() | features());
    binaryen.setOptimizeLevel(2);
    binaryen.setShrinkLevel(2);
    module.optimize();
    if (!module.validate()) throw new Error(`${path} does not validate after optimisation`);
    writeFileSync(path, module.emitBinary());
  } finally {
    module.dispose();
  }
}

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });

/** Returns the folder name (under staging) holding the split module, its JS and chunks. */
export function split({ staging, targetDir, profile }) {
  const release = profile === 'release';
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
    if (release) {
      for (const file of readdirSync(pkg).filter((f) => f.endsWith('.wasm'))) optimize(join(pkg, file));
    }
    // wasm-bindgen's glue and wasm-split's loader (a comment and a block per chunk) are written
    // to be read: minified, the first load is 5.7 KB gzip lighter. Only local names shrink, so
    // the import names the wasm modules look up are kept.
    if (release) {
      for (const file of readdirSync(pkg).filter((f) => f.endsWith('.js'))) {
        const path = join(pkg, file);
        const { code } = transformSync(readFileSync(path, 'utf8'), { minify: true, format: 'esm', target: 'es2022', logLevel: 'error' });
        writeFileSync(path, code);
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

/** The preload hints and the inline loader of the split module, for index.html's head. */
export function splitModuleLoader(folder) {
  return (
    `<link rel="modulepreload" href="/${folder}/${NAME}.js">` +
    `<link rel="preload" href="/${folder}/${NAME}_bg.wasm" as="fetch" type="application/wasm" crossorigin>` +
    `<script type="module">import init from '/${folder}/${NAME}.js';\nawait init({ module_or_path: '/${folder}/${NAME}_bg.wasm' });</script>`
  );
}
