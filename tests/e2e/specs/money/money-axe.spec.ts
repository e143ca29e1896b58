// Money's own pages are accessible in both languages and speak one language when empty: the
// overview, the ledger, the expenses, an expense's and income's forms (with their errors); with
// the sample union, the overview with a member to pay back, the ledger and a sample expense.
import { test, expect, MESSAGES, loadSample } from '../../fixtures/app';

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh']] as const) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    test('axe finds nothing serious on the money pages, empty and with the sample union', async ({ app, page }) => {
      test.setTimeout(60_000);
      const m = MESSAGES[lang];
      for (const path of ['/money', '/money/ledger', '/money/expenses', '/money/expenses/new', '/money/income/new']) {
        await app.open(path);
        expect(await app.seriousAccessibilityViolations(), path).toEqual([]);
        expect(await app.otherLanguage(lang), `other language on ${path}`).toEqual([]);
      }
      await page.getByRole('button', { name: m.form.save, exact: true }).click();
      await expect(page.locator('#income-source-error')).toHaveText(m.form.required);
      expect(await app.seriousAccessibilityViolations(), 'income with its errors').toEqual([]);
      await app.open('/money/expenses/new');
      await page.locator('#expense-amount').fill('1.234');
      await page.getByLabel(m.money.paid_by).selectOption({ label: m.money.paid_member });
      await page.getByRole('button', { name: m.form.save, exact: true }).click();
      await expect(page.locator('#expense-amount-error')).toHaveText(m.form.ambiguous_amount);
      await expect(page.locator('#expense-advanced-by-error')).toHaveText(m.form.required);
      expect(await app.seriousAccessibilityViolations(), 'an expense with its errors').toEqual([]);
      expect(await app.otherLanguage(lang), 'other language in the errors').toEqual([]);

      await app.open('/');
      await loadSample(page, m);
      await app.open('/money');
      await page.locator('#semester-filter').selectOption({ label: m.semester.all_time });
      await expect(page.getByTestId('owed-back').getByRole('button')).toHaveCount(1);
      expect(await app.seriousAccessibilityViolations(), '/money with the sample').toEqual([]);
      await page.getByRole('link', { name: m.money.ledger }).click();
      await expect(page.getByTestId('ledger').locator('li')).toHaveCount(5);
      expect(await app.seriousAccessibilityViolations(), 'the sample ledger').toEqual([]);
      await app.open('/money/expenses');
      await page.getByTestId('expenses').getByRole('link').first().click();
      await app.ready();
      await expect(page.locator('#expense-amount')).not.toHaveValue('');
      expect(await app.seriousAccessibilityViolations(), 'a sample expense').toEqual([]);
    });
  });
}
