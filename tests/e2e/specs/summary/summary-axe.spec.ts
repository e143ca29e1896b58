// The summary page is accessible in both languages and speaks one language: with no semester
// (it says what to add), with the sample union (every section, the officers' text, the plans),
// and with an error on a plan's field.
import { test, expect, MESSAGES, loadSample } from '../../fixtures/app';

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh']] as const) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    test('axe finds nothing serious on the summary editor, empty and with the sample union', async ({ app, page }) => {
      test.setTimeout(60_000);
      await app.open('/summary');
      await expect(page.getByRole('link', { name: lang === 'en' ? 'Add a semester' : '添加学期' })).toBeVisible();
      expect(await app.seriousAccessibilityViolations(), 'no semester').toEqual([]);
      expect(await app.otherLanguage(lang), 'other language with no semester').toEqual([]);

      await app.open('/');
      await loadSample(page, MESSAGES[lang]);
      await app.open('/summary');
      await expect(page.locator('#note-shortcomings')).not.toHaveValue('');
      await expect(page.locator('.summary-goal-text')).toHaveCount(3);
      expect(await app.seriousAccessibilityViolations(), 'the sample summary').toEqual([]);
      // The sample's records are its own words (Chinese names, document numbers such as
      // XSH-2026-07), so only the app's words are checked: every section heading.
      // Six: the sample has no semester before, so no plans of one to report on.
      const headings = page.locator('.summary-section h2');
      await expect(headings).toHaveCount(6);
      for (const h of await headings.allTextContents()) expect(h, h).toMatch(lang === 'zh' ? /^[\p{Script=Han}、（），]+$/u : /^[\d.() A-Za-z']+$/);
      await page.getByRole('button', { name: lang === 'en' ? 'Add the plan' : '添加计划' }).click();
      await expect(page.locator('#goal-text-error')).toHaveText(MESSAGES[lang].form.required);
      expect(await app.seriousAccessibilityViolations(), 'a plan with its error').toEqual([]);
    });
  });
}
