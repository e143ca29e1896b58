// The results of the sample union's two inspection rounds: the ranking of rooms (ties share a
// rank, the vetoed room last) and of buildings, the rooms to fix and to check again, the notice
// for the group chat copied with one tap, a room's and a building's trend over the two rounds;
// an empty book says where to start; axe finds nothing serious in either language.
import { test, expect, MESSAGES, loadSample } from '../../fixtures/app';
import { InspectionResultsPage } from '../../fixtures/inspection-results-page';

const SEPTEMBER = '九月宿舍常规检查';
const OCTOBER = '十月宿舍常规检查';

test('an empty book says to add buildings and a rubric first', { tag: '@any-width' }, async ({ app, page }) => {
  const results = new InspectionResultsPage(page);
  await app.open('/');
  await results.openOverview();
  await expect(page.getByTestId('inspections-first-steps')).toHaveText(results.t.first_steps);
  await expect(page.getByTestId('inspection-rounds')).toHaveText(results.t.rounds_none);
  await expect(page.getByTestId('latest-ranking')).toHaveCount(0);
});

test('a round ranks its rooms and buildings, lists the rooms to fix, and gives a notice to copy', async ({ app, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const results = new InspectionResultsPage(page);
  await app.open('/');
  await loadSample(page);
  await results.openRound(SEPTEMBER);
  expect(await results.rows('rooms-ranking')).toEqual([
    ['1', '东区3号楼 303', '100', '优秀'],
    ['2', '东区3号楼 301', '98', '优秀'],
    ['2', '西区5号楼 501', '98', '优秀'],
    ['2', '西区5号楼 504', '98', '优秀'],
    ['5', '东区3号楼 302', '92', '优秀'],
    ['5', '西区5号楼 503', '92', '优秀'],
    ['7', '东区3号楼 304', '79', '不合格'],
    ['8', '西区5号楼 502', '100', '不合格 · Vetoed: 违规电器'],
  ]);
  expect(await results.rows('buildings-ranking')).toEqual([
    // 西区5号楼's vetoed 502 counts as 0 in its mean: (98 + 0 + 92 + 98) / 4.
    ['1', '东区3号楼', '92.3', '4', '3', '0', '1'],
    ['2', '西区5号楼', '72', '4', '3', '0', '1'],
  ]);
  await expect(results.listed('rooms-to-fix')).toHaveText([/东区3号楼 304 · 79/, /西区5号楼 502 · 100/]);
  await expect(results.listed('rooms-recheck')).toHaveText([/东区3号楼 304/]);
  // Dates keep their non-breaking spaces in the copied text; compared here as plain spaces.
  const notice = (await results.notice().inputValue()).replace(/\u00a0/g, ' ');
  expect(notice).toContain(`${SEPTEMBER} · 24 Sep 2026`);
  expect(notice).toContain('Rooms scored: 8 of 8 · 优秀 6 · 合格 0 · 不合格 2');
  expect(notice).toContain(`${results.t.best}\n1. 东区3号楼 303 100\n2. 东区3号楼 301 98`);
  expect(notice).toContain('Rooms to fix by 30 Sep 2026\n东区3号楼 304 79 不合格\n西区5号楼 502 100 Vetoed: 违规电器');
  await results.copyNotice();
  expect((await page.evaluate(() => navigator.clipboard.readText())).replace(/\u00a0/g, ' ')).toBe(notice);
  // The room to fix leads to its page, with its trend over the two rounds.
  await results.listed('rooms-to-fix').first().click();
  await expect(page.locator('main h1')).toContainText('304');
  const trend = results.trend('room-trend');
  await expect(trend.chart).toHaveAccessibleName('Points of 东区3号楼 304 by round');
  await expect(trend.dots).toHaveCount(2);
  await expect(trend.figures.locator('tbody tr')).toHaveText([/79.*不合格/, /98.*优秀/]);
});

test('the overview shows the latest ranking, the rounds with their progress and a building’s trend', async ({ app, page }) => {
  const results = new InspectionResultsPage(page);
  await app.open('/');
  await loadSample(page);
  await results.openOverview();
  await expect(page.getByTestId('inspections-first-steps')).toHaveCount(0);
  await expect(page.getByTestId('latest-ranking')).toContainText(results.t.full.replace('{{ title }}', OCTOBER));
  expect(await results.rows('latest-buildings')).toEqual([
    ['1', '西区5号楼', '98.8', '4', '4', '0', '0'],
    ['2', '东区3号楼', '98.5', '4', '4', '0', '0'],
  ]);
  expect((await results.rows('latest-rooms')).map((r) => r[0])).toEqual(['1', '1', '1', '4', '4']);
  await expect(page.getByTestId('inspection-rounds').locator('.record-row')).toHaveText([
    new RegExp(`${OCTOBER}.*22\\s+Oct\\s+2026 · 8 of 8 rooms scored`),
    new RegExp(`${SEPTEMBER}.*24\\s+Sep\\s+2026 · 8 of 8 rooms scored`),
  ]);
  const trend = results.trend('building-trend');
  await expect(trend.chart).toHaveAccessibleName('Average points of 东区3号楼 by round');
  await expect(trend.chart.locator('desc')).toHaveText('24 Sep 92.3, 22 Oct 98.5.');
  await expect(trend.dots).toHaveCount(2);
  await page.getByLabel(results.m.inspections.building, { exact: true }).selectOption({ label: '西区5号楼' });
  await expect(trend.chart).toHaveAccessibleName('Average points of 西区5号楼 by round');
  await expect(trend.figures.locator('tbody tr')).toHaveText([/72/, /98\.8/]);
});

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh']] as const) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });
    test('axe finds nothing serious on the results and trends, and the notice is in the language', async ({ app, page }) => {
      const t = MESSAGES[lang];
      const results = new InspectionResultsPage(page, lang);
      await app.open('/');
      await loadSample(page, t);
      await results.openOverview();
      await expect(page.getByTestId('building-trend')).toBeVisible();
      expect(await app.seriousAccessibilityViolations()).toEqual([]);
      await results.openRound(SEPTEMBER);
      expect(await app.seriousAccessibilityViolations()).toEqual([]);
      // Dates keep their non-breaking spaces in the copied text; compared here as plain spaces.
  const notice = (await results.notice().inputValue()).replace(/\u00a0/g, ' ');
      if (lang === 'zh') expect(notice).not.toMatch(/[A-Za-z]/);
      else expect(notice).toContain('Rooms to fix by');
      await results.listed('rooms-to-fix').first().click();
      await expect(page.getByTestId('room-trend')).toBeVisible();
      expect(await app.seriousAccessibilityViolations()).toEqual([]);
    });
  });
}
