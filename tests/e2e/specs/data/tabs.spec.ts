// Several tabs of one phone: each writes as its own writer, an undone import stays undone in a
// tab that held it, a chunk another tab damaged is never written over, and a book started over
// is not written back.
import { test, expect, MESSAGES } from '../../fixtures/app';
import { DataPage } from '../../fixtures/data-page';
import { PeoplePage } from '../../fixtures/people-page';
import { SettingsPage } from '../../fixtures/settings-page';
import { fileText, stamp, writeFile } from '../../fixtures/files';
import { readFileSync } from 'node:fs';

const t = MESSAGES.en;

test('two tabs write as two writers, both named after the officer', async ({ app, page, context }, testInfo) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.fill(settings.officerName(), '李华');
  await expect(settings.status()).toHaveText(t.settings.saved);
  const people = new PeoplePage(page);
  await people.addUnit('生活部');
  const other = await context.newPage();
  await new PeoplePage(other).addUnit('宣传部');

  const file = JSON.parse(readFileSync((await new DataPage(page, testInfo.outputDir).export()).path, 'utf8'));
  const writerOf = (name: string) => {
    const unit = file.records.find((r: any) => r.kind === 'unit' && r.fields.name_zh === name);
    return (unit.field_at?.name_zh ?? unit.at).split('.')[2];
  };
  const [first, second] = [writerOf('生活部'), writerOf('宣传部')];
  expect(first).not.toBe(second);
  for (const writer of [first, second]) {
    const device = file.records.find((r: any) => r.id === writer);
    expect(device?.fields.officer).toBe('李华');
  }
  await other.close();
});

test('an import undone in one tab does not come back from another tab that held it', async ({ app, page, context }, testInfo) => {
  const people = new PeoplePage(page);
  const data = new DataPage(page, testInfo.outputDir);
  await people.addUnit('学习部');
  const device = '0000000000000d01';
  const file = writeFile(testInfo.outputDir, 'from-zhao.json', fileText(device, '赵一鸣', [
    { id: '00000000000000a1', kind: 'unit', at: stamp(Date.now() - 60_000, device), fields: { name_zh: '社会部', unit_kind: 'ministry', active: true } },
  ]));
  const other = await context.newPage();
  const otherPeople = new PeoplePage(other);
  await otherPeople.open();

  await data.choose(file);
  await data.apply();
  await expect(otherPeople.unit('社会部')).toBeVisible();
  await data.undo();
  // The other tab hears of it, and its next edit does not bring the unit back.
  await expect(otherPeople.unit('社会部')).toHaveCount(0);
  await otherPeople.addUnit('实践部', 'ministry', { reload: false });
  for (const tab of [page, other]) {
    await tab.reload();
    const p = new PeoplePage(tab);
    await p.open();
    await expect(p.unit('社会部')).toHaveCount(0);
    await expect(p.unit('实践部')).toBeVisible();
    await expect(p.unit('学习部')).toBeVisible();
  }
  // An undone import leaves nothing in Deleted records: it never happened here.
  await data.open();
  await expect(page.locator('section[aria-labelledby="deleted-heading"]')).toContainText(t.data.deleted_empty);
  await other.close();
});

test('a chunk another tab damaged stops this tab from saving over it', async ({ app, page, context }) => {
  const people = new PeoplePage(page);
  await people.addUnit('生活部');
  const key = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('ub1/r/unit/'))!);
  const other = await context.newPage();
  await other.goto('/data');
  // The other tab writes damage: this tab hears of it by the storage event.
  await other.evaluate((key) => localStorage.setItem(key, '218446744073709551615:\u0100'), key);
  await expect(page.getByRole('alert').filter({ hasText: t.storage.unreadable })).toBeVisible();
  await people.open({ reload: false });
  await people.unit('生活部').click();
  await page.getByLabel(t.people.unit_form.name_zh).fill('生活权益部');
  await page.getByRole('button', { name: t.form.save, exact: true }).click();
  expect(await page.evaluate((key) => localStorage.getItem(key), key)).toBe('218446744073709551615:\u0100');
  await other.close();
});

test('after one tab starts over, another tab does not write the old book back', async ({ app, page, context }) => {
  const people = new PeoplePage(page);
  await people.addUnit('生活部');
  const other = await context.newPage();
  const otherPeople = new PeoplePage(other);
  await otherPeople.open();
  await expect(otherPeople.unit('生活部')).toBeVisible();
  // Damage the book so that this tab offers to start over.
  const key = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('ub1/r/unit/'))!);
  await page.evaluate((key) => localStorage.setItem(key, '2damaged'), key);
  await page.goto('/data');
  await page.getByLabel(t.data.rescue.confirm).check();
  await page.getByRole('button', { name: t.data.rescue.start_over }).click();
  await expect(page.getByRole('heading', { name: t.data.rescue.title })).toHaveCount(0);

  await otherPeople.addUnit('实践部', 'ministry', { reload: false });
  await page.reload();
  await people.open();
  await expect(people.unit('生活部')).toHaveCount(0);
  await expect(people.unit('实践部')).toBeVisible();
  await other.close();
});
