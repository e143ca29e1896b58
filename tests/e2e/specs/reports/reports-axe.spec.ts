// The reports and filing pages are accessible in both languages, and speak one language when
// empty: the reports page, a report's form with its errors, the register, a document's form;
// with the sample union, the late list, a report and a filed document.
import { test, expect, MESSAGES, loadSample } from '../../fixtures/app';


for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh']] as const) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    test('axe finds nothing serious on the empty reports and filing pages, which speak one language', async ({ app, page }) => {
      const m = MESSAGES[lang];
      for (const path of ['/reports', '/reports/new', '/reports/filing', '/reports/filing/new']) {
        await app.open(path);
        expect(await app.seriousAccessibilityViolations(), path).toEqual([]);
        const other = await app.otherLanguage(lang);
        expect(other, `other language on ${path}`).toEqual([]);
      }
      await page.getByRole('button', { name: m.form.save, exact: true }).click();
      await expect(page.locator('#document-title-error')).toHaveText(m.form.required);
      expect(await app.seriousAccessibilityViolations(), 'a document form with its errors').toEqual([]);
      await app.open('/reports/new');
      await page.getByRole('button', { name: m.form.save, exact: true }).click();
      await expect(page.locator('#report-work-error')).toHaveText(m.form.required);
      expect(await app.seriousAccessibilityViolations(), 'a report form with its errors').toEqual([]);
    });

    test('axe finds nothing serious on the sample reports, a report, the register and a document', async ({ app, page }) => {
      const m = MESSAGES[lang];
      await app.open('/');
      await loadSample(page, m);
      await app.open('/reports');
      await expect(page.getByTestId('late-units').locator('li').first()).toContainText(lang === 'en' ? 'Arts Department' : '文艺部');
      await page.getByRole('button', { name: m.terms.edit_named.replace('{{ name }}', lang === 'en' ? 'Arts Department' : '文艺部') }).click();
      await expect(page.getByLabel(m.reports.cadence, { exact: true })).toBeFocused();
      expect(await app.seriousAccessibilityViolations(), '/reports').toEqual([]);
      await page.getByLabel(m.semester.filter).selectOption({ label: m.semester.all_time });
      await page.getByTestId('reports').getByRole('link').first().click();
      await app.ready();
      await expect(page.getByLabel(m.reports.work_done)).not.toHaveValue('');
      expect(await app.seriousAccessibilityViolations(), 'a report').toEqual([]);
      await app.open('/reports/filing');
      await expect(page.getByTestId('documents').locator('.record-row')).toHaveCount(4);
      expect(await app.seriousAccessibilityViolations(), '/reports/filing').toEqual([]);
      await page.getByRole('link', { name: /关于开展宿舍文化评比的通知/ }).click();
      await app.ready();
      await expect(page.getByTestId('document-where').getByRole('link')).toHaveAttribute('href', /^https:\/\//);
      expect(await app.seriousAccessibilityViolations(), 'a document').toEqual([]);
    });
  });
}
