// Budgets: an activity of the sample union gets a budget in place and shows it against what it
// spent, with its sponsors' income and cost per participant; a unit's semester budget is set,
// listed, deleted and brought back; axe on these pages in both languages.
import { test, expect, MESSAGES, loadSample } from '../../fixtures/app';
import { BudgetPage } from '../../fixtures/budget-page';

const FAIR = '第二届校园模拟招聘会';
const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;
/** "CN¥1,200.50" or "-CN¥5.00" in fen. */
const fen = (s: string) => Math.round(Number(s.replace(/[^0-9.-]/g, '')) * 100);

test('an activity of the sample union gets a budget in place, against what it spent', async ({ app, page }) => {
  const t = MESSAGES.en;
  const budget = new BudgetPage(page);
  await app.open('/');
  await loadSample(page);
  await app.open('/activities');
  await page.getByRole('link', { name: new RegExp(FAIR) }).first().click();
  await app.ready();
  await budget.openActivityMoney();
  await expect(page.locator('main h1')).toHaveText(t.money.budget.of_activity.replace('{{ name }}', FAIR));
  await budget.fillLines({ venue: '1,200', printing: '300.5', food: '0' });
  await budget.save();
  await expect(budget.row('venue').first()).toHaveText('CN¥1,200.00');
  await expect(budget.row('printing').first()).toHaveText('CN¥300.50');
  await expect(budget.row('food').first()).toHaveText('CN¥0.00');
  // Left is the budget less what was spent, line by line, whatever the sample spent.
  const spent = await budget.row('venue').nth(1).innerText();
  expect(fen(await budget.row('venue').nth(2).innerText())).toBe(120000 - fen(spent));
  await expect(page.getByTestId('cost-per-participant')).toContainText(/\(counted\)|\(attendance list\)|not counted/);
  await expect(page.getByTestId('sponsor-income')).toContainText(t.money.budget.cash);
  // A wrong line is refused on its field, and nothing else is written.
  await budget.fillLines({ food: '12,5' });
  await budget.save();
  await expect(budget.form().getByText(t.form.ambiguous_amount)).toBeVisible();
  await expect(budget.row('food').first()).toHaveText('CN¥0.00');
  expect(await app.seriousAccessibilityViolations(), 'an activity\'s money, with an error').toEqual([]);
});

test('a unit gets its semester budget, listed against what it spent, deleted and brought back', async ({ app, page }) => {
  const t = MESSAGES.en;
  const budget = new BudgetPage(page);
  await app.open('/');
  await loadSample(page);
  // The sample's Practice Department may have a budget already: the form then edits that one.
  await budget.newUnitBudget('Practice Department', { printing: '800' });
  await expect(page.locator('main h1')).toContainText('Practice Department');
  await expect(budget.form().getByLabel(t.money.cat_printing, { exact: true })).toHaveValue('800.00');
  await expect(budget.row('printing').first()).toHaveText('CN¥800.00');
  expect(await app.seriousAccessibilityViolations(), 'a budget').toEqual([]);
  await page.getByRole('link', { name: t.money.budget.title, exact: true }).click();
  const row = budget.budgets().locator('tr').filter({ hasText: 'Practice Department' });
  await expect(row.getByRole('link')).toHaveCount(1);
  const [planned, spent, left] = await row.locator('td').allInnerTexts();
  expect(fen(planned)).toBeGreaterThanOrEqual(80000);
  expect(fen(left)).toBe(fen(planned) - fen(spent));
  expect(await app.seriousAccessibilityViolations(), '/money/budgets').toEqual([]);
  // Deleted from its page, and brought back by the notice's undo.
  await row.getByRole('link').click();
  await page.getByRole('button', { name: t.form.delete, exact: true }).click();
  await expect(page).toHaveURL(/\/money\/budgets$/);
  await expect(row.getByRole('link')).toHaveCount(0);
  await budget.undo();
  await expect(row.getByRole('link')).toHaveCount(1);
  await expect(row.locator('td').first()).toHaveText(planned);
});

test.describe('in zh-CN', () => {
  test.use({ locale: 'zh-CN' });

  test('the budget pages are accessible and speak Chinese in Chinese', async ({ app, page }) => {
    const t = MESSAGES.zh;
    await app.open('/');
    await loadSample(page, t);
    const check = async (what: string) => {
      expect(await app.seriousAccessibilityViolations(), what).toEqual([]);
      const latin = (await app.shownStrings()).filter((s) => LATIN.test(s.replaceAll(MESSAGES.en.app_name, '')));
      expect(latin, `Latin letters on ${what}`).toEqual([]);
    };
    await app.open('/money/budgets');
    await check('/money/budgets');
    await page.getByRole('link', { name: t.money.budget.set }).click();
    await app.ready();
    await page.getByRole('button', { name: t.form.save, exact: true }).click();
    await expect(page.getByRole('alert').first()).toBeVisible();
    await check('the new budget form with its errors');
    await app.open('/activities');
    await page.getByRole('link', { name: new RegExp(FAIR) }).first().click();
    await app.ready();
    await new BudgetPage(page, 'zh').openActivityMoney();
    await expect(page.getByTestId('cost-per-participant')).toContainText(HAN);
    await check('an activity\'s money');
  });
});
