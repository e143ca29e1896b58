// The self-study pages with the sample's week of checks: axe-clean in both languages with the
// figures and the trend drawn; a check's details corrected and the check deleted with an undo.
import { test, expect, MESSAGES, loadSample } from '../../fixtures/app';
import { SelfStudyPage } from '../../fixtures/self-study-page';

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh']] as const) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });
    test('axe finds nothing serious on the self-study page and a check', async ({ app, page }) => {
      const t = MESSAGES[lang];
      await app.open('/');
      await loadSample(page, t);
      await expect(page.getByText(t.home.sample_note)).toBeVisible();
      const study = new SelfStudyPage(page, lang);
      await study.open();
      await expect(page.getByTestId('self-study-trend').locator('svg rect')).toHaveCount(1);
      await expect(page.getByTestId('self-study-checks').locator('.record-row')).toHaveCount(10);
      await expect(study.absentees().locator('.record-row')).toHaveCount(1);
      expect(await app.seriousAccessibilityViolations()).toEqual([]);
      await page.getByTestId('self-study-checks').locator('.record-row').first().click();
      await expect(page.getByTestId('self-study-roster')).toBeVisible();
      expect(await app.seriousAccessibilityViolations()).toEqual([]);
      // With the excuse's reason asked for, and a new check's form.
      await page.getByTestId('self-study-roster').getByRole('button', { name: t.self_study.mark_excused }).first().click();
      await page.getByTestId('excuse-form').getByRole('button', { name: t.self_study.excuse, exact: true }).click();
      await expect(page.getByTestId('excuse-form').getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
      expect(await app.seriousAccessibilityViolations()).toEqual([]);
      await app.open('/attendance/self-study/new');
      expect(await app.seriousAccessibilityViolations()).toEqual([]);
    });
  });
}

test('a check is corrected writing only what changed, and deleted with an undo', async ({ app, page }) => {
  const t = MESSAGES.en;
  await app.open('/');
  await loadSample(page, t);
  await expect(page.getByText(t.home.sample_note)).toBeVisible();
  const study = new SelfStudyPage(page);
  await study.open();
  await page.getByTestId('self-study-checks').locator('.record-row').first().click();
  await expect(study.summary()).toContainText('Expected 22');
  await study.headCount().fill('21');
  await page.getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(study.summary()).toContainText('Expected 21');
  const url = page.url();
  await page.getByRole('button', { name: t.form.delete, exact: true }).click();
  await expect(page).toHaveURL(/\/attendance\/self-study$/);
  await expect(page.getByTestId('self-study-checks').locator('.record-row')).toHaveCount(9);
  await page.locator('.notice-bar').getByRole('button', { name: t.notice.undo }).click();
  await expect(page.getByTestId('self-study-checks').locator('.record-row')).toHaveCount(10);
  await page.goto(url);
  await expect(study.summary()).toContainText('Expected 21');
});
