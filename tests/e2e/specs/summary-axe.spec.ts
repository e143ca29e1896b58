// The summary page is accessible in both languages and speaks one language: with no semester
// (it says what to add), with the sample union (every section, the officers' text, the plans),
// and with an error on a plan's field.
import { test, expect, MESSAGES, loadSample } from '../fixtures/app';

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
      // The sample's names are Chinese whatever the language; in Chinese, only product names and
      // file types are Latin.
      if (lang === 'zh') {
        const kept = [MESSAGES.en.app_name, 'CSV', 'Markdown', 'Word', '.docx', '.md', 'A4', 'PDF'];
        expect(await app.otherLanguage(lang, kept), 'other language in the sample summary').toEqual([]);
      }
      await page.getByRole('button', { name: lang === 'en' ? 'Add the plan' : '添加计划' }).click();
      await expect(page.locator('#goal-text-error')).toHaveText(MESSAGES[lang].form.required);
      expect(await app.seriousAccessibilityViolations(), 'a plan with its error').toEqual([]);
    });
  });
}
