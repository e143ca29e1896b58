// The Summary area's figures of issue #12, measured after money's in the same tab, with the
// reference book loaded. The reference set has no terms or semesters, so a term and a semester are
// added first through the terms page: spring 2024 (15 Feb – 15 Jul), its busiest span — activities,
// attendance lists and money entries each fall about evenly over the months of 2021–2024, and
// this semester has the most months of them. Then, from a tap (median of 7):
// - the summary page (/summary: the draft of that semester, every section computed, the
//   comparison with the previous semester) until its last section is drawn (budget 200 ms);
// - Home with the semester's dashboard (cards and charts, loaded after Home's first draw)
//   until its cards and charts are drawn.
import { RUNS, stats, timedClick } from './measure.mjs';

/** A link the app's router follows, put in the page for the benchmark to tap. */
const link = (page, id, href) =>
  page.evaluate(([id, href]) => {
    document.getElementById(id)?.remove();
    const a = Object.assign(document.createElement('a'), { id, href, textContent: id });
    document.querySelector('main').append(a);
  }, [id, href]);

export async function summaryFigures(page, origin) {
  await page.goto(`${origin}/people/terms`);
  await page.locator('#term-number').fill('7');
  await page.locator('#term-starts').fill('2023-09-01');
  await page.locator('#term-ends').fill('2024-08-31');
  await page.locator('form:has(#term-number) button[type="submit"]').click();
  await page.locator('.notice-bar', { hasText: 'Term saved' }).waitFor();
  await page.locator('#semester-term').selectOption({ index: 1 });
  await page.locator('#semester-year').fill('2023');
  await page.locator('#semester-half').selectOption('second');
  await page.locator('#semester-starts').fill('2024-02-15');
  await page.locator('#semester-ends').fill('2024-07-15');
  await page.locator('form:has(#semester-year) button[type="submit"]').click();
  await page.locator('.notice-bar', { hasText: 'Semester saved' }).waitFor();
  await page.goto(`${origin}/`);
  await page.getByTestId('dashboard-cards').waitFor();
  const summary = [];
  const dashboard = [];
  for (let run = 0; run < RUNS; run++) {
    await link(page, 'bench-summary', '/summary');
    summary.push(
      await timedClick(page, '#bench-summary', () =>
        document.querySelector('section[aria-labelledby="section-plans"]') &&
        document.querySelector('section[aria-labelledby="section-money"] h2')?.textContent),
    );
    await link(page, 'bench-home', '/');
    dashboard.push(
      await timedClick(page, '#bench-home', () =>
        document.querySelector('[data-testid="dashboard-cards"] li') &&
        document.querySelector('.dash-charts figure')),
    );
  }
  return { summary_drawn_ms: stats(summary), dashboard_drawn_ms: stats(dashboard) };
}
