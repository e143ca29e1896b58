// The Money area's figures of issue #11, measured after the inspections' in the same tab, with
// the reference book loaded (2,000 money entries over four years: expenses, income,
// sponsorships; 100 activity budgets):
// - the ledger with its running balance computed and drawn (budget 100 ms): from a tap on the
//   overview's link until its latest lines and the balance are in the page;
// - the overview (sums per unit, members to pay back) drawn from the ledger's link back;
// - one expense corrected and saved through its form (median of 7; budget 16 ms for the save).
import { RUNS, stats, timedClick } from './measure.mjs';

export async function moneyFigures(page, origin) {
  await page.goto(`${origin}/money`);
  await page.getByTestId('money-by-unit').waitFor();
  const ledger = [];
  const overview = [];
  for (let run = 0; run < RUNS; run++) {
    ledger.push(
      await timedClick(page, 'main a[href="/money/ledger"]', () =>
        document.querySelectorAll('[data-testid="ledger"] li').length >= 100 &&
        document.querySelector('[data-testid="balance"]')?.textContent),
    );
    overview.push(
      await timedClick(page, 'main a[href="/money"]', () =>
        document.querySelector('[data-testid="money-by-unit"] li') &&
        document.querySelector('[data-testid="owed-back"] button')),
    );
  }
  await page.goto(`${origin}/money/expenses`);
  await page.getByTestId('expenses').locator('a.record-row').first().click();
  const amount = page.locator('#expense-amount');
  await amount.waitFor();
  const before = await page.evaluate(() => performance.getEntriesByName('unionbook:save').length);
  for (let i = 0; i < RUNS; i++) {
    await amount.fill(`${120 + i}.50`);
    await page.locator('form button[type="submit"]').click();
    await page.waitForFunction((n) => performance.getEntriesByName('unionbook:save').length > n, before + i);
  }
  const saves = await page.evaluate((n) => performance.getEntriesByName('unionbook:save').slice(n).map((e) => e.duration), before);
  return {
    ledger_drawn_ms: stats(ledger),
    overview_drawn_ms: stats(overview),
    expense_save_ms: stats(saves),
  };
}
