// The meetings pages are accessible and speak one language, in both languages: the list, a
// meeting's page and the open action items, empty and with the sample union.
import { test, expect, MESSAGES, loadSample } from '../../fixtures/app';


for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh']] as const) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    test('axe finds nothing serious on the empty meetings pages, which speak one language', async ({ app, page }) => {
      for (const path of ['/meetings', '/meetings/new', '/meetings/action-items']) {
        await app.open(path);
        expect(await app.seriousAccessibilityViolations(), path).toEqual([]);
        const other = await app.otherLanguage(lang);
        expect(other, `other language on ${path}`).toEqual([]);
      }
      await page.getByRole('link', { name: MESSAGES[lang].meetings.back }).click();
      await page.getByRole('link', { name: MESSAGES[lang].meetings.new_link }).click();
      await page.getByRole('button', { name: MESSAGES[lang].form.save, exact: true }).click();
      await expect(page.getByRole('alert').first()).toBeVisible();
      expect(await app.seriousAccessibilityViolations(), 'the form with its errors').toEqual([]);
    });

    test('axe finds nothing serious on the sample meetings, a meeting and the open action items', async ({ app, page }) => {
      const m = MESSAGES[lang];
      await app.open('/');
      await loadSample(page, m);
      await app.open('/meetings');
      await page.getByLabel(m.semester.filter).selectOption({ label: m.semester.all_time });
      await expect(page.getByTestId('meetings').locator('.record-row')).toHaveCount(2);
      expect(await app.seriousAccessibilityViolations(), '/meetings').toEqual([]);
      await page.getByTestId('meetings').getByRole('link', { name: /生活部十月例会/ }).click();
      await app.ready();
      await expect(page.getByTestId('task-list').locator('.task-row')).toHaveCount(2);
      expect(await app.seriousAccessibilityViolations(), 'a meeting').toEqual([]);
      await app.open('/meetings/action-items');
      await expect(page.getByTestId('action-items').locator('.badge.overdue').first()).toHaveText(m.tasks.overdue);
      expect(await app.seriousAccessibilityViolations(), '/meetings/action-items').toEqual([]);
    });
  });
}
