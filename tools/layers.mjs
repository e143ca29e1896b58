// The layers of ARCHITECTURE.md, checked on the source: fails when a module imports a module of
// a higher layer, an area's views import another area's views, modules import each other (a
// loop, however long), or a file that is not a folder's mod.rs re-exports. The crate boundary already keeps the core free of every view (the
// compiler refuses it); this checks what it cannot say.
//
//   node tools/layers.mjs          prints each problem with its file and line; exit 1 if any
//
// A module is a file (a folder's mod.rs is the folder). An import is a `crate::`, `super::`
// or `unionbook_core::` path in the code (tests left out); in the app, a path through an area's
// facade (`crate::people::model`, re-exported from the core) is the core's module. A `pub use`
// in a mod.rs only forwards names: importing the folder then means importing the modules it
// forwards from.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CRATES = [
  ['core', join(ROOT, 'crates/unionbook-core/src')],
  ['app', join(ROOT, 'src')],
];

/** Layers, lowest first: a module is in the layer of the longest prefix listed. */
const LAYERS = [
  ['core::book'],
  ['core::locale', 'core::pinyin', 'core::calendar'],
  ['core::forms', 'core::table', 'core::steps', 'core::settings'],
  ['core::judging'],
  ['core::attendance::marks'],
  ['core::people'],
  ['core::tasks', 'core::attendance'],
  ['core::activities'],
  ['core::meetings', 'core::publications', 'core::reports', 'core::inspections'],
  ['core::awards', 'core::money', 'core::summary::model'],
  ['core::kinds', 'core::field_labels'],
  // The work summary reads every area and the registry of kinds.
  ['core::summary'],
  ['core::data', 'core::sample', 'core::reference', 'core'],
  ['app::browser'],
  ['app::ui'],
  // The areas' views, side by side: none imports another's.
  ['app::people', 'app::activities', 'app::attendance', 'app::meetings', 'app::tasks', 'app::inspections',
    'app::publications', 'app::reports', 'app::awards', 'app::money', 'app::summary', 'app::data'],
  ['app::shell', 'app', 'app::main'],
];

function rsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return rsFiles(path);
    return name.endsWith('.rs') ? [path] : [];
  });
}

/** Every module of both crates: name → { file, crate, parts, facade: children it forwards }. */
const modules = new Map();
for (const [crate, dir] of CRATES) {
  for (const file of rsFiles(dir)) {
    const parts = relative(dir, file).slice(0, -3).split('/');
    const last = parts.at(-1);
    if (last.endsWith('_tests') || last === 'tests') continue;
    const isFolder = ['mod', 'lib', 'main'].includes(last);
    if (isFolder && last !== 'main') parts.pop();
    const name = [crate, ...parts].join('::');
    modules.set(name, { name, file, crate, parts, isFolder, forwards: new Map(), globs: new Set() });
  }
}

/** The module a path names: the longest prefix that is a module of `crate`. */
function longest(crate, parts) {
  for (let n = parts.length; n >= 0; n--) {
    const name = [crate, ...parts.slice(0, n)].join('::');
    if (modules.has(name)) return { name, n };
  }
  return null;
}

/** Paths in `code` after `root::`, with `{…}` groups expanded. */
function pathsIn(code) {
  const found = [];
  const re = /\b(crate|unionbook_core|(?:super::)*super)::((?:[a-z_][a-z0-9_]*::)*)([A-Za-z_][A-Za-z0-9_]*|\{)/g;
  for (let m; (m = re.exec(code)); ) {
    const line = code.slice(0, m.index).split('\n').length;
    if (m[3] !== '{') {
      found.push({ root: m[1], parts: (m[2] + m[3]).split('::'), line });
      continue;
    }
    let depth = 1;
    let i = re.lastIndex;
    while (depth && i < code.length) depth += code[i] === '{' ? 1 : code[i] === '}' ? -1 : 0, i++;
    const expand = (prefix, body) => {
      const items = [];
      let cur = '';
      let d = 0;
      for (const ch of body) {
        if (ch === '{') d++;
        if (ch === '}') d--;
        if (ch === ',' && d === 0) items.push(cur), (cur = '');
        else cur += ch;
      }
      items.push(cur);
      for (const raw of items) {
        const item = raw.trim();
        const g = item.match(/^([a-z_][a-z0-9_]*(?:::[a-z_][a-z0-9_]*)*)::\{([\s\S]*)\}$/);
        if (g) expand([...prefix, ...g[1].split('::')], g[2]);
        else if (/^[A-Za-z_][A-Za-z0-9_]*(::[A-Za-z_][A-Za-z0-9_]*)*/.test(item)) found.push({ root: m[1], parts: [...prefix, ...item.split(/\s/)[0].split('::')], line });
      }
    };
    expand(m[2].split('::').filter(Boolean), code.slice(re.lastIndex, i - 1));
  }
  return found;
}

/** The module an import in `mod` names (and the rest of the path, past the module). */
function resolve(mod, root, parts) {
  let full;
  if (root === 'crate' || root === 'unionbook_core') full = parts;
  else {
    const ups = root.split('::').length;
    const here = mod.isFolder ? mod.parts : mod.parts.slice(0, -1);
    full = [...here.slice(0, here.length - (ups - 1)), ...parts];
  }
  // A crate's root names no module of its own here: `crate::i18n` is the generated translations,
  // `crate::App` a re-export.
  const named = (found) => (found && found.n > 0 ? found : null);
  if (root === 'unionbook_core' || mod.crate === 'core') return named(longest('core', full))?.name;
  const app = named(longest('app', full));
  const core = named(longest('core', full));
  // Through an area's facade: the core's module when it names more of the path.
  if (core && (!app || core.n > app.n)) return core.name;
  return app?.name;
}

// A mod.rs's `pub use child::…` forwards names: remembered first (for every folder), then
// left out of the folder's own imports.
const FORWARD = /^\s*pub(?:\(crate\))? use (?:self::)?([a-z_][a-z0-9_]*)::([^;]*);/gm;
const sources = new Map();
for (const mod of modules.values()) {
  let code = readFileSync(mod.file, 'utf8').split(/#\[cfg\(test\)\]/)[0];
  code = code.replace(/^\s*\/\/.*$/gm, '');
  if (mod.isFolder) {
    for (const [, child, rest] of code.matchAll(FORWARD)) {
      const target = [mod.name, child].join('::');
      for (const item of rest.replace(/[{}]/g, '').split(',')) {
        const name = item.trim().split(/\s+as\s+/).pop().split('::').pop();
        if (name === '*') mod.globs.add(target);
        else if (name) mod.forwards.set(name, target);
      }
    }
    code = code.replace(FORWARD, (s) => s.replace(/[^\n]/g, ' '));
  }
  sources.set(mod.name, code);
}

const imports = new Map(); // module → Map(target → line)
for (const mod of modules.values()) {
  const mine = new Map();
  for (const { root, parts, line } of pathsIn(sources.get(mod.name))) {
    const target = resolve(mod, root, parts);
    if (!target || target === mod.name) continue;
    for (const t of through(target, parts)) if (t !== mod.name && !mine.has(t)) mine.set(t, line);
  }
  imports.set(mod.name, mine);
}

/** The modules an import of `target` by the path `parts` reaches: a name a folder forwards
 * is its child's (through the child's own forwards, if it is a folder too). */
function through(target, parts) {
  const m = modules.get(target);
  if (!m || !m.isFolder) return [target];
  const name = parts.at(-1);
  const child = m.forwards.get(name);
  if (child && modules.has(child)) return through(child, [...modules.get(child).parts, name]);
  return [target];
}
const edges = imports;

function layerOf(name) {
  let best = null;
  LAYERS.forEach((group, i) => {
    for (const prefix of group) {
      if (name === prefix || name.startsWith(prefix + '::')) {
        if (!best || prefix.length > best.prefix.length) best = { layer: i, prefix };
      }
    }
  });
  return best;
}

const problems = [];
const where = (from, line) => `${relative(ROOT, modules.get(from).file)}:${line}`;
// A re-export outside a folder's mod.rs makes a false arrow: the name seems to come from a
// module that only forwards it.
for (const mod of modules.values()) {
  if (mod.isFolder) continue;
  sources.get(mod.name).split('\n').forEach((text, i) => {
    if (/^\s*pub(\([a-z]+\))? use /.test(text)) problems.push(`${where(mod.name, i + 1)}: a re-export outside a mod.rs facade: ${text.trim()}`);
  });
}
for (const [from, targets] of edges) {
  const a = layerOf(from);
  if (!a) { problems.push(`${where(from, 1)}: ${from} is in no layer of tools/layers.mjs`); continue; }
  for (const [to, line] of targets) {
    const b = layerOf(to);
    if (!b) continue;
    if (b.layer > a.layer) problems.push(`${where(from, line)}: ${from} imports ${to}, a higher layer`);
    else if (b.layer === a.layer && b.prefix !== a.prefix) {
      problems.push(`${where(from, line)}: ${from} imports ${to}, beside it in its layer (${a.prefix} and ${b.prefix} stand side by side)`);
    }
  }
}

// Loops: strongly connected components of more than one module.
let index = 0;
const idx = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
function strong(v) {
  idx.set(v, index), low.set(v, index++), stack.push(v), onStack.add(v);
  for (const w of edges.get(v)?.keys() ?? []) {
    if (!edges.has(w)) continue;
    if (!idx.has(w)) strong(w), low.set(v, Math.min(low.get(v), low.get(w)));
    else if (onStack.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
  }
  if (low.get(v) === idx.get(v)) {
    const loop = [];
    let w;
    do (w = stack.pop()), onStack.delete(w), loop.push(w);
    while (w !== v);
    if (loop.length > 1) {
      const inside = new Set(loop);
      const arrows = loop.flatMap((m) => [...edges.get(m)].filter(([t]) => inside.has(t)).map(([t, line]) => `  ${where(m, line)}: ${m} → ${t}`));
      problems.push(`modules that import each other: ${loop.sort().join(', ')}\n${arrows.join('\n')}`);
    }
  }
}
for (const v of edges.keys()) if (!idx.has(v)) strong(v);

const count = [...edges.values()].reduce((n, t) => n + t.size, 0);
if (problems.length) {
  console.log(problems.join('\n'));
  console.log(`layers: ${problems.length} problem(s) in ${count} imports between ${modules.size} modules`);
  process.exit(1);
}
console.log(`layers: ${count} imports between ${modules.size} modules, none upwards, none sideways between areas, no loops`);
