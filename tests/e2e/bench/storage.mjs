// The benchmark, in headless Chromium against the release build: the first load, how long the
// reference data set (PRODUCT.md) takes to import, to load, and to save one edit, how much of
// localStorage's quota it fills, and each area's hot path. Figures come from performance.measure()
// marks the app itself leaves around those steps (src/shell/book_state.rs, src/data/import.rs).
// Beside each figure stands the floor: the browser's own JSON.parse of the same export text,
// timed in the same page and run, and the ratio to it (issue #13: the goal is 2× for reading
// and loading the book).
//
// Usage: tools/bench.sh   (builds, generates target/bench/reference.json, runs this)
// Lives beside the e2e tests to share their Playwright and static server.
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { serveStatic } from '../../../tools/serve.mjs';
import { doorFigures } from './door.mjs';
import { inspectionFigures } from './inspections.mjs';
import { moneyFigures } from './money.mjs';
import { summaryFigures } from './summary.mjs';
import { RUNS, stats } from './measure.mjs';

const [dist, file, out] = process.argv.slice(2);
const QUOTA_UNITS = 5 * 1024 * 1024;

const server = await serveStatic(dist, 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const phoneScreen = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'en-US' };

// The first load: a fresh visit (no cache, no book, no service worker yet) until Home's heading
// is drawn, from the navigation's start.
const firstLoads = [];
for (let i = 0; i < RUNS; i++) {
  const fresh = await browser.newContext(phoneScreen);
  const visit = await fresh.newPage();
  await visit.goto(`${origin}/`);
  await visit.locator('main h1').waitFor();
  firstLoads.push(await visit.evaluate(() => performance.now()));
  await fresh.close();
}

const context = await browser.newContext(phoneScreen);
const page = await context.newPage();
page.on('pageerror', (e) => console.error('page error:', e.message));

const measure = (name) => page.evaluate((name) => performance.getEntriesByName(name).map((e) => e.duration), name);

// Import the reference export through the Data page, as an officer would.
await page.goto(`${origin}/data`);
await page.locator('main h1').waitFor();

// The floor: JSON.parse of the export's text, in this page, before anything else is measured.
await page.evaluate((text) => { window.__benchText = text; }, readFileSync(file, 'utf8'));
const parses = [];
for (let i = 0; i < RUNS; i++) {
  parses.push(await page.evaluate(() => { const t = performance.now(); JSON.parse(window.__benchText); return performance.now() - t; }));
}
await page.evaluate(() => { delete window.__benchText; });
const floor = stats(parses).median;

const picked = Date.now();
await page.locator('#import-files').setInputFiles(file);
await page.getByTestId('import-preview').waitFor({ timeout: 120_000 });
const previewShown = Date.now() - picked;
await page.getByRole('button', { name: 'Apply this import' }).click();
await page.getByRole('button', { name: 'Undo this import' }).waitFor({ timeout: 120_000 });
const importRead = (await measure('unionbook:import-read'))[0];
const importPlan = (await measure('unionbook:import-plan'))[0];
const importApply = (await measure('unionbook:import-apply'))[0];

const stored = await page.evaluate(() => {
  let units = 0;
  let keys = 0;
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key.startsWith('ub1/')) continue;
    units += key.length + localStorage.getItem(key).length;
    keys += 1;
  }
  return { units, keys };
});
const records = Number(await page.locator('main dl.facts div').nth(2).locator('dd').innerText());

// Open the app with the book in storage: the book's load, and the first page drawn.
const loads = [];
const ready = [];
for (let i = 0; i < RUNS; i++) {
  await page.goto(`${origin}/`);
  await page.locator('main h1').waitFor();
  loads.push((await measure('unionbook:load'))[0]);
  ready.push(await page.evaluate(() => performance.getEntriesByName('unionbook:book-loaded')[0].startTime));
}

// One edit and its save, through the member form.
await page.goto(`${origin}/people`);
await page.locator('section[aria-labelledby="members-heading"] .record-row').first().click();
const phone = page.getByLabel('Phone', { exact: true });
for (let i = 0; i < RUNS; i++) {
  await phone.fill(`1380000${String(i).padStart(4, '0')}`);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(`${origin}/people`);
  await page.locator('section[aria-labelledby="members-heading"] .record-row').first().click();
}
const saves = await measure('unionbook:save');
const door = await doorFigures(page, origin, file);
const inspections = await inspectionFigures(page, origin);
const money = await moneyFigures(page, origin);
const summary = await summaryFigures(page, origin);

const result = {
  when: new Date().toISOString(),
  chromium: browser.version(),
  records,
  first_load_ms: stats(firstLoads),
  json_parse_floor_ms: stats(parses),
  import: { file_bytes: (await import('node:fs')).statSync(file).size, read_and_check_ms: importRead, preview_ms: importPlan, apply_and_save_ms: importApply, picked_to_preview_ms: previewShown },
  stored: { units: stored.units, keys: stored.keys, quota_units: QUOTA_UNITS, percent_of_quota: +(stored.units * 100 / QUOTA_UNITS).toFixed(1) },
  load_ms: stats(loads),
  book_ready_after_navigation_ms: stats(ready),
  one_edit_save_ms: stats(saves),
  door,
  inspections,
  money,
  summary,
};
writeFileSync(out, JSON.stringify(result, null, 2));
const f = (n) => n.toFixed(1);
const vsFloor = (ms) => `${f(ms)} ms (${(ms / floor).toPrecision(2)}× JSON.parse)`;
console.log(`reference data set: ${records} records (${(result.import.file_bytes / 1e6).toFixed(1)} MB export)`);
console.log(`import: read and check ${f(importRead)} ms, preview ${f(importPlan)} ms, apply and save ${f(importApply)} ms`);
console.log(`stored: ${stored.units} UTF-16 units in ${stored.keys} keys = ${result.stored.percent_of_quota}% of the 5 Mi quota`);
console.log(`load: median ${f(result.load_ms.median)} ms (max ${f(result.load_ms.max)}); book ready ${f(result.book_ready_after_navigation_ms.median)} ms after navigation start`);
console.log(`one-edit save: median ${f(result.one_edit_save_ms.median)} ms (max ${f(result.one_edit_save_ms.max)}) over ${saves.length} saves`);
console.log(`door: people index built in ${f(door.people_index_built_ms)} ms when the page opens`);
console.log(`door: one check-in tap recorded and saved: median ${f(door.check_in_tap_ms.median)} ms (max ${f(door.check_in_tap_ms.max)}) over ${door.check_in_tap_ms.runs} taps; budget 16 ms`);
console.log(`door: search per keystroke (${door.typed}): median ${f(door.search_keystroke_ms.median)} ms (max ${f(door.search_keystroke_ms.max)}); to results drawn median ${f(door.search_keystroke_to_drawn_ms.median)} ms (max ${f(door.search_keystroke_to_drawn_ms.max)}); budget 50 ms`);
const ins = inspections;
console.log(`inspections: one score tap recorded and saved: median ${f(ins.score_tap_handler_ms.median)} ms (max ${f(ins.score_tap_handler_ms.max)}; its save ${f(ins.score_tap_save_ms.median)} ms; to drawn ${f(ins.score_tap_to_drawn_ms.median)} ms) over ${ins.score_tap_handler_ms.runs} taps; budget 16 ms`);
console.log(`inspections: the overview's latest ranking and a building's semester trend computed and drawn: median ${f(ins.overview_ranking_and_trend_drawn_ms.median)} ms (max ${f(ins.overview_ranking_and_trend_drawn_ms.max)}; ranking computed ${f(ins.ranking_computed_ms.median)} ms, trend ${f(ins.trend_computed_ms.median)} ms); budget 100 ms`);
console.log(`inspections: a round's page with all ${ins.rooms_ranked} rooms ranked: median ${f(ins.round_page_full_ranking_drawn_ms.median)} ms (max ${f(ins.round_page_full_ranking_drawn_ms.max)})`);
console.log(`money: the ledger of four years with its running balance, from a tap to drawn: median ${f(money.ledger_drawn_ms.median)} ms (max ${f(money.ledger_drawn_ms.max)}); budget 100 ms`);
console.log(`money: the overview (sums per unit, members to pay back) drawn: median ${f(money.overview_drawn_ms.median)} ms (max ${f(money.overview_drawn_ms.max)})`);
console.log(`money: one expense corrected and saved: median ${f(money.expense_save_ms.median)} ms (max ${f(money.expense_save_ms.max)}) over ${money.expense_save_ms.runs} saves; budget 16 ms`);
console.log(`summary: the busiest semester's summary drafted and drawn, from a tap to its last section: median ${f(summary.summary_drawn_ms.median)} ms (max ${f(summary.summary_drawn_ms.max)}); budget 200 ms`);
console.log(`summary: Home with the semester's dashboard (cards and charts) drawn: median ${f(summary.dashboard_drawn_ms.median)} ms (max ${f(summary.dashboard_drawn_ms.max)})`);

// The table BENCHMARKS.md shows: each figure beside the floor measured in this run.
console.log(`\nJSON.parse of the ${(result.import.file_bytes / 1e6).toFixed(1)} MB export in the same page: median ${f(floor)} ms (the floor)`);
const rows = [
  ['first load, to Home drawn (no book)', result.first_load_ms.median],
  ['import: read and check the file', importRead],
  ['import: preview (plan the merge)', importPlan],
  ['import: apply and save', importApply],
  ['open the app with the book stored (load)', result.load_ms.median],
  ['one edit saved', result.one_edit_save_ms.median],
  ['door: one check-in tap', door.check_in_tap_ms.median],
  ['door: a search keystroke to results drawn', door.search_keystroke_to_drawn_ms.median],
  ['corridor: one score tap', ins.score_tap_handler_ms.median],
  ['summary of the busiest semester drawn', summary.summary_drawn_ms.median],
];
result.versus_json_parse = Object.fromEntries(rows.map(([name, ms]) => [name, +(ms / floor).toFixed(2)]));
writeFileSync(out, JSON.stringify(result, null, 2));
for (const [name, ms] of rows) console.log(`${name.padEnd(44)} ${vsFloor(ms)}`);
await browser.close();
server.close();
