// The secretary sets how often units report, a unit files its monthly report through the form,
// and the units still missing one are listed as late — whatever today's date: the rule counts
// from last month, computed here from the browser's today.
import { test, expect, MESSAGES } from '../../fixtures/app';
import { PeoplePage } from '../../fixtures/people-page';
import { ReportsPage, isoDate, lastMonth } from '../../fixtures/reports-page';

const t = MESSAGES.en;

test('a unit files its monthly report and another unit is listed as late', async ({ app, page }) => {
  test.setTimeout(60_000);
  const people = new PeoplePage(page);
  await people.addUnit('学习部');
  await people.addUnit('文艺部');
  await people.addMember({ name: '王佳怡' });
  const month = lastMonth();
  const reports = new ReportsPage(page);

  await reports.open();
  await expect(reports.lateList()).toHaveText(t.reports.none_late);
  await expect(reports.cadenceRow('学习部')).toContainText(t.reports.not_reporting);
  await reports.setCadence('学习部', t.publications.frequencies.monthly, { since: isoDate(month.first) });
  // Setting a rule is one tap: it can be taken back.
  await reports.undo();
  await expect(reports.cadenceRow('学习部')).toContainText(t.reports.not_reporting);
  await reports.setCadence('学习部', t.publications.frequencies.monthly, { since: isoDate(month.first) });
  await reports.setCadence('文艺部', t.publications.frequencies.monthly, { since: isoDate(month.first) });
  await expect(reports.cadenceRow('文艺部')).toContainText(t.publications.frequencies.monthly);
  // Late as long as each other: in pinyin order, wén before xué.
  await expect(reports.lateList().locator('li')).toHaveText([
    reports.lateLine('文艺部', month.name, month.last),
    reports.lateLine('学习部', month.name, month.last),
  ]);

  // The late period is the one the form offers first.
  await reports.fillReport('学习部', { work: '组织读书节，成立学习兴趣小组。', by: '王佳怡' });
  await expect(page.getByLabel(t.reports.period).locator('option:checked')).toHaveText(month.name);
  await reports.save();
  await expect(page).toHaveURL(/\/reports\/[0-9a-z]{16}$/);
  const first = new URL(page.url()).pathname;
  await expect(page.locator('main h1')).toHaveText(`学习部 · ${month.name}`);
  await expect(page.locator('.lead .badge')).toHaveText(t.reports.filed_late);

  await reports.open();
  await expect(reports.lateList().locator('li')).toHaveText([reports.lateLine('文艺部', month.name, month.last)]);
  const listed = page.getByTestId('reports');
  await expect(listed.getByRole('heading', { name: '学习部' })).toBeVisible();
  await expect(listed.getByRole('link', { name: new RegExp(month.name) })).toHaveAttribute('href', first);

  // A second report for the same unit and period is refused on the period, pointing at the first.
  await reports.fillReport('学习部', { period: month.name, work: '又一份' });
  await expect(page.getByTestId('existing-report').getByRole('link')).toHaveAttribute('href', first);
  await reports.save();
  await expect(page.locator('#report-period-error')).toHaveText(t.form.taken);
  await expect(page).toHaveURL('/reports/new');

  // Corrected, and kept after a reload; deleted, and back with Undo.
  await page.goto(first);
  await page.getByLabel(t.reports.problems).fill('参与人数偏少。');
  await reports.save();
  await page.reload();
  await expect(page.getByLabel(t.reports.problems)).toHaveValue('参与人数偏少。');
  await page.getByRole('button', { name: t.form.delete, exact: true }).click();
  await expect(page).toHaveURL('/reports');
  await expect(reports.lateList().locator('li')).toHaveCount(2);
  await reports.undo();
  await expect(reports.lateList().locator('li')).toHaveCount(1);
});
