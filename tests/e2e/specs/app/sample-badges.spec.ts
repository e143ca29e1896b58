// The Home banner promises that every sample record is marked Sample (示例): so is each one
// listed on the list pages of the sample union, and each one's own page beside its heading;
// the officer's own records never are, nor is anything in a book without the sample.
import { test, expect, MESSAGES, loadSample, goInApp, type Lang } from '../../fixtures/app';
import { PeoplePage } from '../../fixtures/people-page';
import type { Page } from '@playwright/test';

/** The pages that list the kinds of record the sample union writes. */
const LISTS = [
  '/people', '/people/students', '/people/trainings', '/people/recruitment',
  '/activities', '/attendance', '/attendance/self-study', '/meetings', '/meetings/action-items',
  '/inspections', '/inspections/buildings', '/inspections/rubrics',
  '/publications', '/reports', '/reports/filing', '/awards', '/awards/selections',
  '/money/ledger', '/money/expenses', '/money/sponsorships', '/money/budgets',
];

/** The officer's own unit, beside the sample's (whose names it shares none of). */
const OWN = '测试联络部';

/** The rows of a list page that stand for records (see `rowsOf`). */
const ROWS = 'a.record-row, li.task-row, [data-testid="budgets"] tbody th';

/**
 * Every record row of the list at `path`: each link to a record's page (a path ending in its
 * id), the checklist's items (which have no page of their own) and the budgets table's rows;
 * as their title, the sample badge's text if any, and the record page they link to.
 */
async function rowsOf(page: Page, path: string, some = true) {
  await goInApp(page, path);
  if (some) await expect(page.locator('main').locator(ROWS).first(), `rows on ${path}`).toBeAttached();
  return page.locator('main').locator(ROWS).evaluateAll((rows) =>
    rows
      .filter((r) => r.tagName !== 'A' || /\/[0-9a-z]{16}$/.test(r.getAttribute('href') ?? ''))
      .map((r) => ({
        text: (r.querySelector('.record-title, label, a') ?? r).textContent!.trim(),
        badge: r.querySelector('.badge.sample')?.textContent?.trim() ?? null,
        href: r.tagName === 'A' ? r.getAttribute('href') : null,
      })),
  );
}

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh']] as [string, Lang][]) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });
    test('every sample record listed carries the badge, and its page beside its heading', async ({ app, page }) => {
      test.slow(); // two dozen lists and a record page of each
      const t = MESSAGES[lang];
      await app.open('/');
      await loadSample(page, t);
      await expect(page.getByText(t.home.sample_note)).toBeVisible();
      // An officer's own unit beside the sample's (the People page object reads English).
      if (lang === 'en') await new PeoplePage(page).addUnit(OWN);
      for (const path of LISTS) {
        const rows = await rowsOf(page, path);
        const own = rows.filter((r) => r.text === OWN);
        const sample = rows.filter((r) => r.text !== OWN);
        if (lang === 'en' && path === '/people') expect(own).toHaveLength(1);
        expect(sample.length, `sample records listed on ${path}`).toBeGreaterThan(0);
        for (const r of sample) expect(r.badge, `${path}: ${r.text}`).toBe(t.people.sample_badge);
        for (const r of own) expect(r.badge, `${path}: ${r.text}`).toBeNull();
        // The first record's own page says so under its heading.
        const first = sample.find((r) => r.href);
        if (first) {
          await goInApp(page, first.href!);
          await expect(page.locator('main h1 + .badge.sample'), first.href!).toHaveText(t.people.sample_badge);
        }
      }
    });
  });
}

test('a book without the sample shows no sample badge anywhere', async ({ app, page }) => {
  const people = new PeoplePage(page);
  await people.addUnit('实践部');
  await people.addMember({ name: '周文博' });
  for (const path of LISTS) {
    await rowsOf(page, path, false);
    await expect(page.locator('.badge.sample'), path).toHaveCount(0);
  }
  const rows = await rowsOf(page, '/people');
  expect(rows.map((r) => r.text)).toEqual(['实践部', '周文博']);
  for (const r of rows) {
    expect(r.badge).toBeNull();
    await goInApp(page, r.href!);
    await expect(page.locator('main h1')).toHaveText(r.text);
    await expect(page.locator('.badge.sample')).toHaveCount(0);
  }
});
