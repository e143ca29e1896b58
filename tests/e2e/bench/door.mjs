// The door's figures of issue #9, measured right after the storage benchmark in the same tab,
// with the reference book loaded: one check-in tap recorded and saved (median of 20 taps;
// budget 16 ms), and the door search narrowing 2,000 students as a name is typed (per
// keystroke; budget 50 ms). `reference_data` writes what to tap and type beside the export
// (`<export>.door.json`).
import { readFileSync } from 'node:fs';
import { stats } from './measure.mjs';

export async function doorFigures(page, origin, file) {
  const door = JSON.parse(readFileSync(`${file}.door.json`, 'utf8'));
  await page.goto(`${origin}/attendance/check-in/${door.list}`);
  const search = page.locator('#door-search');
  await search.waitFor();
  const measures = (name) => page.evaluate((name) => performance.getEntriesByName(name).map((e) => e.duration), name);
  const indexMs = (await measures('unionbook:door-index'))[0];

  // Twenty taps, each found by student id as an officer would type it.
  const feedback = page.getByTestId('door-feedback');
  for (const [i, id] of door.taps.entries()) {
    await search.fill(id);
    await page.locator('.door-tap').first().waitFor();
    await page.locator('.door-tap').first().click();
    await page.waitForFunction((n) => performance.getEntriesByName('unionbook:check-in').length >= n, i + 1);
    await feedback.waitFor();
  }
  const taps = await measures('unionbook:check-in');

  // A name typed one character at a time: the app's search per keystroke, and from the input
  // event to the results drawn on screen.
  const drawn = [];
  for (let run = 0; run < 5; run++) {
    const times = await page.evaluate(async (name) => {
      const input = document.getElementById('door-search');
      const results = document.querySelector('[data-testid="door-results"]');
      const out = [];
      for (const prefix of ['', ...Array.from(name).map((_, i) => Array.from(name).slice(0, i + 1).join(''))]) {
        let last = 0;
        const observer = new MutationObserver(() => { last = performance.now(); });
        observer.observe(results, { childList: true, subtree: true, characterData: true });
        const start = performance.now();
        input.value = prefix;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => setTimeout(r, 60));
        observer.disconnect();
        if (prefix) out.push(last ? last - start : 0);
      }
      return out;
    }, door.type);
    drawn.push(...times);
  }
  const searches = await measures('unionbook:door-search');
  return {
    people_index_built_ms: indexMs,
    check_in_tap_ms: stats(taps),
    search_keystroke_ms: stats(searches.slice(-door.type.length * 5)),
    search_keystroke_to_drawn_ms: stats(drawn),
    typed: door.type,
  };
}
