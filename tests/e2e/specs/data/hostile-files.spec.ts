// Files an attacker or a broken tool could send: the import refuses each with a message that
// says where, the page never dies, and nothing in the book changes.
import { test, expect, MESSAGES } from '../../fixtures/app';
import { DataPage } from '../../fixtures/data-page';
import { PeoplePage } from '../../fixtures/people-page';
import { fileText, stamp, writeFile } from '../../fixtures/files';
import { readFileSync } from 'node:fs';

const t = MESSAGES.en;
const other = '0000000000000d01';
const member = '00000000000000a3';

/** The first words of a message, before its first placeholder. */
const opening = (message: string) => message.split('{{')[0].trim();

test('a file of one enormous string is refused with a message and the page lives on', async ({ app, page }, testInfo) => {
  const people = new PeoplePage(page);
  const data = new DataPage(page, testInfo.outputDir);
  await people.addUnit('学习部');
  await data.open();
  const before = await data.fingerprint().innerText();
  // 30 MB, under the 32 MB limit: one string value.
  const huge = `{"format":"unionbook","version":2,"records":[],"union":"${'学'.repeat(10_000_000)}"}`;
  const path = writeFile(testInfo.outputDir, 'huge.json', huge);
  await data.choose(path);
  const alert = data.preview().getByRole('alert');
  await expect(alert).toContainText(opening(t.data.reject.value_too_long));
  await expect(alert).toContainText(t.data.preview.nothing_changed);
  await expect(page.getByRole('button', { name: t.data.import_apply })).toHaveCount(0);
  await data.open();
  await expect(data.fingerprint()).toHaveText(before);
});

test('a file missing a top-level key is refused at that key, and with every file refused there is nothing to apply', async ({ app, page }, testInfo) => {
  const data = new DataPage(page, testInfo.outputDir);
  const file = JSON.parse(fileText(other, '赵一鸣', []));
  delete file.exported_at;
  const missing = writeFile(testInfo.outputDir, 'no-date.json', JSON.stringify(file));
  const notOurs = writeFile(testInfo.outputDir, 'roster.json', '[{"name":"张三"}]');
  await data.choose(missing, notOurs);
  const alerts = data.preview().getByRole('alert');
  await expect(alerts).toHaveCount(2);
  await expect(alerts.first()).toContainText('exported_at');
  await expect(page.getByRole('button', { name: t.data.import_apply })).toHaveCount(0);
  await expect(page.getByRole('button', { name: t.data.import_close })).toBeVisible();
});

test('a file that gives a record of this book another kind is refused at that record', async ({ app, page }, testInfo) => {
  const people = new PeoplePage(page);
  const data = new DataPage(page, testInfo.outputDir);
  await people.addUnit('学习部');
  const mine = JSON.parse(readFileSync((await data.export()).path, 'utf8'));
  const unit = mine.records.find((r: any) => r.kind === 'unit');
  const path = writeFile(testInfo.outputDir, 'kind.json', fileText(other, '赵一鸣', [
    { id: unit.id, kind: 'member', at: stamp(Date.now(), other), fields: { name: '学习部' } },
  ]));
  await data.choose(path);
  const alert = data.preview().getByRole('alert');
  await expect(alert).toContainText(`Record 2 (${unit.id}), field “kind”`);
  await expect(alert).toContainText('Units'); // the kind's name (kinds.rs, KIND_NAMES)
  await expect(page.getByRole('button', { name: t.data.import_apply })).toHaveCount(0);
  await people.open();
  await expect(people.unit('学习部')).toBeVisible();
});

test('two files imported together show the conflict between them', async ({ app, page }, testInfo) => {
  const data = new DataPage(page, testInfo.outputDir);
  const second = '0000000000000d02';
  const base = Date.now() - 600_000;
  const name = { name: '周文博' };
  // Both officers had the member from the first; each then typed a phone number, unaware of the other.
  const a = writeFile(testInfo.outputDir, 'a.json', fileText(other, '赵一鸣', [
    { id: member, kind: 'member', at: stamp(base, other), fields: { ...name, phone: '13900000001' }, field_at: { phone: stamp(base + 1000, other) } },
  ]));
  const b = writeFile(testInfo.outputDir, 'b.json', fileText(second, '钱二', [
    { id: member, kind: 'member', at: stamp(base, other), fields: { ...name, phone: '13700000002' }, field_at: { phone: stamp(base + 2000, second) } },
  ]));
  await data.choose(a, b);
  await expect(data.conflicts()).toHaveCount(1);
  await expect(data.conflicts().first()).toContainText('13900000001');
  await expect(data.conflicts().first()).toContainText('13700000002');
  await data.apply();
  await data.open();
  await expect(page.locator('section[aria-labelledby="history-heading"]')).toContainText('13900000001');
});

test('stamps from a clock pushed to its limit are refused, so a later edit can never order before them', async ({ app, page }, testInfo) => {
  const data = new DataPage(page, testInfo.outputDir);
  const path = writeFile(testInfo.outputDir, 'counter.json', fileText(other, '赵一鸣', [
    { id: member, kind: 'member', at: stamp(Date.now(), other, 4294967295), fields: { name: '周文博' } },
  ]));
  await data.choose(path);
  const alert = data.preview().getByRole('alert');
  await expect(alert).toContainText(`Record 2 (${member}), field “at”`);
  await expect(alert).toContainText(t.data.expected.plausible_stamp);
});
