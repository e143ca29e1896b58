// The inspections' figures of issue #10, measured right after the storage benchmark in the same
// tab, with the reference book loaded (300 rooms, 20 rounds, about 40,000 scores):
// - one score tap recorded and saved on the corridor screen (median of 20; budget 16 ms): the
//   tap's handler, which writes the room's scores and saves them, timed around the click, and
//   until the room's total on screen has changed;
// - a round's ranking and the semester trend of one building computed and drawn (budget
//   100 ms): from a tap on the overview's link until its latest ranking and a building's trend
//   chart are in the page; and the round's page with the whole ranking of its rooms.
import { RUNS, stats, timedClick } from './measure.mjs';

export async function inspectionFigures(page, origin) {
  const measures = (name) => page.evaluate((name) => performance.getEntriesByName(name).map((e) => e.duration), name);
  await page.goto(`${origin}/inspections`);
  const firstRound = page.getByTestId('inspection-rounds').locator('a.record-row').first();
  await firstRound.waitFor();
  const round = await firstRound.getAttribute('href');

  // Twenty fault taps, on the items of the room the screen opens at.
  await page.goto(`${origin}${round}/score`);
  await page.getByTestId('fault-button').first().waitFor();
  const items = await page.getByTestId('fault-button').count();
  const taps = [];
  const drawn = [];
  for (let i = 0; i < 20; i++) {
    const [handler, toDrawn] = await page.evaluate(
      (i) =>
        new Promise((resolve) => {
          const button = document.querySelectorAll('[data-testid="fault-button"]')[i];
          const total = document.querySelector('[data-testid="score-total"]');
          const counts = document.querySelectorAll('[data-testid="fault-count"]')[i];
          let handled = 0;
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve([handled, performance.now() - start]);
          });
          observer.observe(counts, { childList: true, subtree: true, characterData: true });
          observer.observe(total, { childList: true, subtree: true, characterData: true });
          const start = performance.now();
          button.click();
          handled = performance.now() - start;
        }),
      i % items,
    );
    taps.push(handler);
    drawn.push(toDrawn);
  }
  const saves = (await measures('unionbook:save')).slice(-20);

  // The overview, reached from the round's page by its link; then the round's page from the overview.
  const overview = [];
  const roundPage = [];
  await page.goto(`${origin}${round}`);
  await page.getByTestId('round-results').waitFor();
  for (let run = 0; run < RUNS; run++) {
    overview.push(
      await timedClick(page, 'main a[href="/inspections"]', () =>
        document.querySelector('[data-testid="latest-rooms"] tbody tr') &&
        document.querySelector('[data-testid="building-trend"] circle')),
    );
    roundPage.push(
      await timedClick(page, '[data-testid="inspection-rounds"] a.record-row', () =>
        document.querySelectorAll('[data-testid="rooms-ranking"] tbody tr').length > 250),
    );
  }
  const rooms = await page.locator('[data-testid="rooms-ranking"] tbody tr').count();
  return {
    round,
    score_tap_handler_ms: stats(taps),
    score_tap_to_drawn_ms: stats(drawn),
    score_tap_save_ms: stats(saves),
    overview_ranking_and_trend_drawn_ms: stats(overview),
    round_page_full_ranking_drawn_ms: stats(roundPage),
    rooms_ranked: rooms,
    ranking_computed_ms: stats((await measures('unionbook:round-ranking')).slice(-RUNS)),
    trend_computed_ms: stats((await measures('unionbook:inspection-trend')).slice(-RUNS)),
  };
}
