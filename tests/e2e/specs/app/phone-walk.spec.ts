// An officer's phone, 390 px wide, in both languages, over every page of the sample union:
// no number breaks across lines (amounts, scores, dates, counts, short table headers), no text
// says a built part is not built; and a page opened from the bottom bar, or reached by a save,
// shows its heading, at the top and uncovered.
import { test, expect, loadSample, MESSAGES, type Lang } from '../../fixtures/app';
import { walk } from '../../fixtures/walk';
import { brokenNumbers, hiddenHeading, staleWords } from '../../fixtures/reading';

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh']] as [string, Lang][]) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    test('no page of the sample union breaks a number or says a part is not built', async ({ app, page }, testInfo) => {
      test.skip(testInfo.project.name !== 'phone', 'a phone story: 390 px');
      test.slow();
      await app.open('/');
      await loadSample(page, MESSAGES[lang]);
      const broken: string[] = [];
      const stale: string[] = [];
      const visited = await walk(page, async (path) => {
        broken.push(...(await brokenNumbers(page)).map((b) => `${path}: ${b}`));
        stale.push(...(await staleWords(page)).map((s) => `${path}: ${s}`));
      });
      expect(visited.length).toBeGreaterThan(60);
      expect(broken).toEqual([]);
      expect(stale).toEqual([]);
      expect(app.problems).toEqual([]);
    });

    test('a page opened from the bottom bar shows its heading at the top', async ({ app, page }, testInfo) => {
      test.skip(testInfo.project.name !== 'phone', 'the bottom bar is the phone’s');
      const t = MESSAGES[lang];
      await app.open('/');
      await loadSample(page, t);
      const bar = page.getByRole('navigation', { name: t.nav.main });
      for (const key of ['people', 'attendance', 'activities', 'more', 'home', 'people'] as const) {
        // Read far down the page first, as an officer does before moving on.
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await bar.getByRole('link', { name: t.nav[key], exact: true }).click();
        await expect(page.locator('main h1')).toBeVisible();
        expect(await hiddenHeading(page), key).toBeNull();
      }
    });

    test('the notice of a save does not cover the heading of the page it lands on', async ({ app, page }, testInfo) => {
      test.skip(testInfo.project.name !== 'phone', 'a phone story');
      const t = MESSAGES[lang];
      await app.open('/people/new-unit');
      await page.getByLabel(t.people.unit_form.name_zh).fill('生活部');
      await page.getByRole('button', { name: t.form.save }).click();
      await expect(page.getByRole('status').filter({ hasText: /\S/ }).first()).toBeVisible();
      expect(await hiddenHeading(page)).toBeNull();
    });
  });
}

test('the top bar’s term and semester take a line each in English, none cut off', async ({ app, page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'a phone story');
  await app.open('/');
  await loadSample(page);
  const lines = page.locator('.top-bar-context .top-bar-line');
  await expect(lines).toHaveCount(2);
  for (const line of await lines.all()) {
    const drawn = await line.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return { lines: new Set([...range.getClientRects()].map((r) => Math.round(r.bottom))).size, cut: el.scrollWidth > el.clientWidth };
    });
    expect(drawn).toEqual({ lines: 1, cut: false });
  }
  expect(await page.locator('.top-bar').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(57);
});
