// The filing register: a document filed with where it is kept, found again by what an officer
// remembers of it (title, number, unit, its pinyin initials, kind), saved as a spreadsheet;
// a link that is not http or https is shown as text, never as a link.
import { test, expect, MESSAGES } from '../../fixtures/app';
import { PeoplePage } from '../../fixtures/people-page';
import { FilingPage } from '../../fixtures/reports-page';
import { readFileSync } from 'node:fs';

const t = MESSAGES.en;

test('a document is filed, found by search, its unsafe link not a link, and the register saved as CSV', async ({ app, page }, testInfo) => {
  test.setTimeout(60_000);
  const people = new PeoplePage(page);
  await people.addUnit('实践部');
  await people.addUnit('生活部');
  const filing = new FilingPage(page);
  await filing.open();
  await expect(page.getByTestId('documents')).toHaveText(t.filing.none);

  const contract = await filing.file({
    title: '赞助合作协议',
    kind: t.filing.kinds.contract,
    number: 'SJ-2026-03',
    date: '2026-10-20',
    unit: '实践部',
    location: '文件柜 B-2',
    link: 'javascript:alert(1)',
  });
  const where = page.getByTestId('document-where');
  await expect(where).toContainText('javascript:alert(1)');
  await expect(where.getByRole('link')).toHaveCount(0);
  await filing.fill({ link: 'https://example.edu/contract.pdf' });
  await page.getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(where.getByRole('link', { name: 'https://example.edu/contract.pdf' })).toHaveAttribute('href', 'https://example.edu/contract.pdf');
  await filing.file({ title: '十月例会纪要', kind: t.meetings.minutes, date: '2026-10-14', unit: '生活部' });

  // A title without a kind is refused on its field.
  await filing.open();
  await page.getByRole('link', { name: t.filing.new }).click();
  await filing.fill({ title: '通知' });
  await page.getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(page.locator('#document-kind-error')).toHaveText(t.form.not_a_choice);

  await filing.open();
  await expect(filing.documents()).toHaveCount(2);
  const search = page.getByLabel(t.filing.search);
  for (const [query, title] of [['赞助', '赞助合作协议'], ['sj-2026', '赞助合作协议'], ['sjb', '赞助合作协议'], ['例会', '十月例会纪要'], ['Minutes', '十月例会纪要']]) {
    await search.fill(query);
    await expect(filing.documents(), query).toHaveCount(1);
    await expect(filing.documents()).toContainText(title);
  }
  await search.fill('预算');
  await expect(page.getByTestId('documents')).toHaveText(t.filing.none_found);
  await search.fill('');
  await page.getByLabel(t.meetings.kind, { exact: true }).selectOption({ label: t.filing.kinds.contract });
  await expect(filing.documents()).toHaveCount(1);
  await page.getByLabel(t.meetings.kind, { exact: true }).selectOption({ label: t.meetings.all_kinds });
  await page.getByLabel(t.people.role.unit, { exact: true }).selectOption({ label: '生活部' });
  await expect(filing.documents()).toHaveText([/十月例会纪要/]);
  await page.getByLabel(t.people.role.unit, { exact: true }).selectOption({ label: t.data.export_units });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t.csv.button }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^filing-register-\d{4}-\d{2}-\d{2}\.csv$/);
  const saved = testInfo.outputPath('filing.csv');
  await file.saveAs(saved);
  const bytes = readFileSync(saved);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('Title,Kind,Number,Date,Unit,Where it is kept,Link,Notes');
  expect(lines[1]).toBe('赞助合作协议,Contract,SJ-2026-03,2026-10-20,实践部,文件柜 B-2,https://example.edu/contract.pdf,');

  // Deleted, and back with Undo.
  await page.goto(contract);
  await page.getByRole('button', { name: t.form.delete, exact: true }).click();
  await expect(page).toHaveURL('/reports/filing');
  await expect(filing.documents()).toHaveCount(1);
  await page.locator('.notice-bar').getByRole('button', { name: t.notice.undo }).click();
  await expect(filing.documents()).toHaveCount(2);
});
