// axe on the activities pages with the sample union, in both languages: the list, the mock
// recruitment fair (thirty partners, publicity, a checklist), and the speech competition's series.
import { test, expect, MESSAGES, AppPage, loadSample } from '../../fixtures/app';
import type { Page } from '@playwright/test';

/** Axe's serious findings, and whether the page scrolls sideways on this phone. */
async function check(app: AppPage, page: Page, what: string) {
  expect(await app.seriousAccessibilityViolations(), what).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${what} scrolls sideways`).toBeLessThanOrEqual(0);
}

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh']] as const) {
  test(`axe finds nothing serious on the activities pages in ${locale}`, async ({ browser, baseURL }) => {
    test.slow();
    const context = await browser.newContext({ baseURL, locale });
    const page = await context.newPage();
    const app = new AppPage(page, new URL(baseURL!).origin);
    await app.open('/');
    await loadSample(page, MESSAGES[lang]);
    await app.open('/activities');
    await page.locator('#semester-filter').selectOption('');
    await expect(page.getByTestId('activities').locator('.record-row')).toHaveCount(6);
    await check(app, page, 'the list');

    await page.getByTestId('activities').locator('.record-row', { hasText: '模拟招聘会' }).click();
    await app.ready();
    await expect(page.getByTestId('partners').locator('.record-row')).toHaveCount(30);
    await expect(page.getByTestId('publicity').getByRole('link')).toHaveCount(1);
    await check(app, page, 'an activity');

    await app.open('/activities');
    await page.getByTestId('series').locator('.record-row').first().click();
    await app.ready();
    await expect(page.getByTestId('editions').locator('.record-row')).toHaveCount(2);
    await check(app, page, 'a series');
    expect(app.problems).toEqual([]);
    await context.close();
  });
}
