// The Practice Department's treasurer through a fair: a budget for the activity, a sponsor's
// cash from first contact to the union's obligations fulfilled, three expenses (one advanced by
// the minister), then the budget against actual, the balance, the cost per participant and the
// money owed back — paid back, undone, paid back — and the ledger as a spreadsheet.
import { readFileSync } from 'node:fs';
import { test, expect, MESSAGES } from '../../fixtures/app';
import { PeoplePage } from '../../fixtures/people-page';
import { ActivitiesPage, day } from '../../fixtures/activities-page';
import { BudgetPage } from '../../fixtures/budget-page';
import { SponsorshipPage } from '../../fixtures/sponsorship-page';
import { MoneyPage, yuan } from '../../fixtures/money-page';

const t = MESSAGES.en;

test('a fair budgeted, sponsored, paid for, reimbursed and exported to the fen', async ({ app, page }, testInfo) => {
  test.setTimeout(90_000);
  const people = new PeoplePage(page);
  await people.addUnit('实践部');
  await people.addMember({ name: '何俊杰' });
  const activities = new ActivitiesPage(page);
  const held = day(-3);
  const fair = new URL(await activities.newActivity('模拟招聘会', held.iso)).pathname;
  const fairChoice = `模拟招聘会 · ${held.en}`;
  // Forty came, counted at the door by eye.
  await page.locator('#activity-counted').fill('40');
  await page.getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(page.locator('.notice-bar')).toContainText('模拟招聘会');

  // The budget, set on the activity's money page: ¥2,900.00 over three lines.
  const budget = new BudgetPage(page);
  await budget.openActivityMoney();
  await budget.fillLines({ printing: '800', materials: '¥1,500', food: '600元' });
  await budget.save();
  await expect(budget.row('total')).toContainText([yuan(290_000)]);

  // The sponsor's cash, from first contact to the obligations fulfilled.
  const sponsor = new SponsorshipPage(page);
  await page.goto('/money/sponsorships/new');
  const form = page.locator('main form').first();
  await form.getByLabel(sponsor.t.sponsor, { exact: true }).fill('智联人才服务有限公司');
  await form.getByLabel(sponsor.t.value).fill('5,000');
  await form.getByLabel(t.money.activity, { exact: true }).selectOption({ label: fairChoice });
  await form.getByRole('checkbox', { name: sponsor.t.promise.logo }).check();
  await form.getByRole('checkbox', { name: sponsor.t.promise.booth }).check();
  await form.getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(page).toHaveURL(/\/money\/sponsorships\/[0-9a-z]{16}$/);
  for (const step of ['agreed', 'signed', 'received'] as const) await sponsor.forward(step);
  await expect(sponsor.forwardButton('fulfilled')).toBeVisible();
  await sponsor.promise('logo').check();
  await sponsor.promise('booth').check();
  await sponsor.forward('fulfilled');

  // Three expenses, one advanced by the minister.
  const money = new MoneyPage(page);
  await money.addExpense({ what: '海报印刷', amount: '680', category: 'cat_printing', activity: fairChoice, unit: '实践部', advancedBy: '何俊杰' });
  await money.addExpense({ what: '展位指引牌', amount: '¥1,254.50', category: 'cat_materials', activity: fairChoice, unit: '实践部' });
  await money.addExpense({ what: '志愿者午餐', amount: '520.00元', category: 'cat_food', activity: fairChoice });
  // An amount that could be read two ways is refused on its field, and nothing is saved.
  await page.goto('/money/expenses/new');
  await page.locator('#expense-amount').fill('12,5');
  await page.getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(page.locator('#expense-amount-error')).toHaveText(t.form.ambiguous_amount);
  await expect(page).toHaveURL('/money/expenses/new');

  // Budget against actual, the sponsor's income, the cost per participant.
  await page.goto(fair);
  await budget.openActivityMoney();
  await expect(budget.row('printing')).toContainText([yuan(80_000), yuan(68_000), yuan(12_000)]);
  await expect(budget.row('materials')).toContainText([yuan(150_000), yuan(125_450), yuan(24_550)]);
  await expect(budget.row('total')).toContainText([yuan(290_000), yuan(245_450), yuan(44_550)]);
  await expect(page.getByTestId('sponsor-income')).toContainText(yuan(500_000));
  // ¥2,454.50 over 40 people is ¥61.3625: ¥61.36 to the fen.
  await expect(page.getByTestId('cost-per-participant')).toContainText(yuan(6_136));

  // The ledger: the sponsor's cash in, three payments out, the balance to the fen.
  await money.openLedger();
  await expect(money.ledger().locator('li')).toHaveCount(4);
  await expect(money.balance()).toHaveText(yuan(500_000 - 245_450));

  // The minister is owed his ¥680.00: paid back, undone, paid back.
  await money.open();
  const owed = '海报印刷 · ' + yuan(68_000);
  await expect(money.owedBack()).toContainText(`何俊杰 · ${yuan(68_000)}`);
  await money.payBack(owed).click();
  await expect(money.owedBack()).toHaveText(t.money.none_owed);
  await money.undo();
  await expect(money.payBack(owed)).toBeVisible();
  await money.payBack(owed).click();
  await expect(money.owedBack()).toHaveText(t.money.none_owed);
  await page.reload();
  await expect(money.owedBack()).toHaveText(t.money.none_owed);

  // The ledger as a spreadsheet: a BOM, the Chinese as typed, amounts as 1234.50.
  await money.openLedger();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t.csv.button }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^ledger-\d{4}-\d{2}-\d{2}\.csv$/);
  const saved = testInfo.outputPath('ledger.csv');
  await file.saveAs(saved);
  const bytes = readFileSync(saved);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = bytes.subarray(3).toString('utf8').trim().split('\r\n');
  expect(rows[0]).toBe([t.money.date, t.money.what, t.money.kind, t.money.unit, t.money.activity, t.money.money_in, t.money.money_out, t.money.balance, t.money.currency].join(','));
  expect(rows).toHaveLength(6);
  expect(rows.slice(2).map((r) => r.split(',').slice(1, 8))).toEqual(
    expect.arrayContaining([
      ['智联人才服务有限公司', t.money.source_sponsorship, '', '模拟招聘会', '5000.00', '', expect.any(String)],
      ['展位指引牌', t.money.source_expense, '实践部', '模拟招聘会', '', '1254.50', expect.any(String)],
    ]),
  );
  expect(rows[rows.length - 1].split(',')[7]).toBe('2545.50');
  void app;
});
