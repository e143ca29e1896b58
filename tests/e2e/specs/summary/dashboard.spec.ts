// The semester's dashboard on Home: with the sample union, its figures are the areas' own (the
// attendance rate, the self-study rate, money in, the open action items), each chart has a
// title, a description and a table; a goal set in the previous semester's summary changes
// status with one tap and undo restores it; an empty book says what to do; axe finds nothing
// serious in either language and nothing scrolls sideways at 360 px. An empty book fetches none
// of the dashboard's code.
import { test, expect, MESSAGES, AppPage, loadSample } from '../../fixtures/app';
import { DashboardPage, percentIn } from '../../fixtures/dashboard-page';
import type { Page } from '@playwright/test';

const t = MESSAGES.en;

async function sideways(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Adds a semester on the terms page (the first term in the list, which the sample has). */
async function addSpringSemester(page: Page) {
  await page.goto('/people/terms');
  await page.locator('#semester-term').selectOption({ index: 1 });
  await page.locator('#semester-year').fill('2025');
  await page.locator('#semester-half').selectOption('second');
  await page.locator('#semester-starts').fill('2026-02-20');
  await page.locator('#semester-ends').fill('2026-07-10');
  await page.getByRole('button', { name: t.terms.add_semester, exact: true }).click();
  await expect(page.locator('.notice-bar')).toContainText(t.terms.semester_saved);
}

test("the dashboard's figures are the areas' and its charts are described", async ({ app, page }) => {
  test.slow();
  await app.open('/');
  await loadSample(page);
  const dash = new DashboardPage(page);
  await dash.open();
  const attendance = await dash.figure('attendance');
  const selfStudy = await dash.figure('self-study');
  // The money card's figure is the semester's spending (the sample spent; a zero is never the figure).
  const moneyOut = await dash.figure('money');
  const items = await dash.figure('items');

  await dash.card('attendance').click();
  await expect(page).toHaveURL(/\/attendance$/);
  expect(percentIn(await page.getByTestId('attendance-overall').innerText())).toBe(attendance);
  await app.open('/attendance/self-study');
  expect(percentIn(await page.getByTestId('self-study-overall').innerText())).toBe(selfStudy);
  await app.open('/money/ledger');
  await expect(page.getByTestId('ledger-sums').locator('dd').nth(2)).toHaveText(moneyOut);
  await app.open('/meetings/action-items');
  await expect(page.getByTestId('action-items').locator(':scope > li')).toHaveCount(Number(items));

  await dash.open();
  await expect(dash.charts().first()).toBeVisible();
  const charts = await dash.charts().all();
  expect(charts.length).toBeGreaterThanOrEqual(3);
  for (const chart of charts) {
    await expect(chart.locator('figcaption')).not.toBeEmpty();
    const svg = chart.locator('svg[role="img"]');
    const title = await svg.getAttribute('aria-labelledby');
    const desc = await svg.getAttribute('aria-describedby');
    expect(await chart.locator(`[id="${title}"]`).textContent()).toBeTruthy();
    expect(await chart.locator(`[id="${desc}"]`).textContent()).toMatch(/\S.*\./);
    expect(await chart.locator('table tbody tr').count()).toBeGreaterThan(0);
  }
});

test("a goal set last semester changes status with one tap, and undo restores it", async ({ app, page }) => {
  test.slow();
  await app.open('/');
  await loadSample(page);
  await addSpringSemester(page);
  // The goal is written in the spring's summary, among its plans for the semester after.
  await app.open('/summary');
  await page.locator('#summary-period').selectOption({ label: 'Second semester of 2025–2026' });
  await expect(page).toHaveURL(/\/summary\/[0-9a-z]{16}$/);
  await page.locator('#goal-text').fill('办一次读书分享会');
  await page.getByRole('button', { name: 'Add the plan', exact: true }).click();
  await expect(page.locator('.summary-goals li', { hasText: '办一次读书分享会' })).toBeVisible();

  const dash = new DashboardPage(page);
  await dash.open();
  const goal = dash.goal('办一次读书分享会');
  const status = (name: string) => goal.getByRole('button', { name, exact: true });
  await expect(status('Not started')).toHaveAttribute('aria-pressed', 'true');
  await status('In progress').click();
  await expect(status('In progress')).toHaveAttribute('aria-pressed', 'true');
  await expect(status('Not started')).toHaveAttribute('aria-pressed', 'false');
  await page.locator('.notice-bar').getByRole('button', { name: t.notice.undo }).click();
  await expect(status('Not started')).toHaveAttribute('aria-pressed', 'true');
  const box = await status('Done').boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
});

test('an empty book says what to record first, and no zeros as achievements', async ({ app, page }) => {
  const dash = new DashboardPage(page);
  const chunks: string[] = [];
  page.on('request', (r) => r.url().endsWith('.wasm') && chunks.push(r.url()));
  await app.open('/');
  await expect(dash.root()).toContainText('There is no semester yet');
  await expect(dash.root().getByRole('link', { name: /Add a semester/ })).toHaveAttribute('href', '/people/terms');
  // Home says so itself: a new union's first visit fetches none of the dashboard's code, nor
  // that of "coming up" while there is no activity.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300))));
  expect(chunks.some((c) => c.endsWith('/unionbook_bg.wasm')), 'the fetches were seen').toBe(true);
  expect(chunks.filter((c) => /split_(dashboard|coming_up)_/.test(c))).toEqual([]);

  await page.goto('/people/terms');
  await page.locator('#term-number').fill('6');
  await page.locator('#term-starts').fill('2026-09-01');
  await page.locator('#term-ends').fill('2027-07-15');
  await page.getByRole('button', { name: t.terms.add_term, exact: true }).click();
  await expect(page.locator('.notice-bar')).toContainText(t.terms.term_saved);
  await page.locator('#semester-term').selectOption({ index: 1 });
  await page.locator('#semester-year').fill('2026');
  await page.locator('#semester-starts').fill('2026-09-01');
  await page.locator('#semester-ends').fill('2027-01-31');
  await page.getByRole('button', { name: t.terms.add_semester, exact: true }).click();
  await expect(page.locator('.notice-bar')).toContainText(t.terms.semester_saved);

  await dash.open();
  await expect(dash.card('activities')).toContainText('record one first');
  await expect(dash.root().locator('.dash-figure')).toHaveCount(0);
  await expect(dash.card('items')).toContainText('note one at a meeting first');
  await expect(dash.card('late')).toContainText('Add the units under People first');
  await expect(dash.charts()).toHaveCount(0);
});

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh']] as const) {
  test(`axe finds nothing serious on Home with the dashboard in ${locale}, and nothing scrolls sideways at 360 px`, async ({ browser, baseURL }) => {
    test.slow();
    const context = await browser.newContext({ baseURL, locale, viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const app = new AppPage(page, new URL(baseURL!).origin);
    await app.open('/');
    await loadSample(page, MESSAGES[lang]);
    const dash = new DashboardPage(page);
    await dash.open();
    await expect(dash.charts().first()).toBeVisible();
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
    expect(await sideways(page), 'Home scrolls sideways').toBeLessThanOrEqual(0);
    // The sample's own names are Chinese: only the Chinese page is checked for the other language.
    if (lang === 'zh') expect(await app.otherLanguage(lang)).toEqual([]);
    expect(app.problems).toEqual([]);
    await context.close();
  });
}
