import { test, expect, MESSAGES } from '../../fixtures/app';
import { DataPage } from '../../fixtures/data-page';
import { PeoplePage } from '../../fixtures/people-page';
import { officer } from '../../fixtures/officer';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const t = MESSAGES.en;

test('two officers exchange files both ways and end with the same book', async ({ browser, baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the exchange is a phone story');
  test.slow(); // two phones, many steps
  const dir = testInfo.outputDir;
  const li = await officer(browser, baseURL!, '李华', dir);
  const wang = await officer(browser, baseURL!, '王芳', dir);

  // 李华 starts the book.
  await li.people.addUnit('生活部');
  await li.people.addUnit('宣传部');
  await li.people.addMember({ name: '张三', studentId: '2024000001', phone: '13800000001' });
  await li.people.addMember({ name: '李四', studentId: '2024000002' });
  const first = await li.data.export();
  expect(first.name).toMatch(/^unionbook-李华-\d{4}-\d{2}-\d{2}\.json$/);

  // 王芳 imports it: a preview first, nothing changed until she applies.
  await wang.data.choose(first.path);
  await expect(wang.data.count(t.data.preview.added)).toHaveText('5'); // 2 units, 2 members, 1 device
  await expect(wang.data.conflicts()).toHaveCount(0);
  await wang.people.open();
  await expect(wang.people.members()).toHaveCount(0);
  await wang.data.choose(first.path);
  await wang.data.apply();
  await wang.people.open();
  await expect(wang.people.members()).toHaveCount(2);

  // Both edit: the same field of 张三, different fields of 李四, and 王芳 deletes a unit.
  await li.people.editMember('张三', { phone: '13911111111' });
  await li.people.editMember('李四', { email: 'lisi@example.cn' });
  await wang.people.editMember('张三', { phone: '13722222222' });
  await wang.people.editMember('李四', { classMajor: '人力资源管理 2401' });
  await wang.people.deleteUnit('宣传部');
  await li.people.addUnit('实践部');

  // Exchange both ways through the app.
  const fromLi = await li.data.export();
  const fromWang = await wang.data.export();
  await wang.data.choose(fromLi.path);
  await expect(wang.data.conflicts()).toHaveCount(1);
  const conflict = wang.data.conflicts().first();
  await expect(conflict).toContainText('张三');
  await expect(conflict).toContainText(t.people.member_form.phone);
  await expect(conflict).toContainText('13911111111');
  await expect(conflict).toContainText('13722222222');
  await expect(conflict).toContainText('李华');
  await expect(conflict).toContainText('王芳');
  await wang.data.apply();
  await li.data.choose(fromWang.path);
  await expect(li.data.count(t.data.preview.deleted)).toHaveText('1');
  await li.data.apply();

  // The same book on both phones: fingerprints match, and each change survived.
  await li.data.open();
  await wang.data.open();
  const print = await li.data.fingerprint().innerText();
  await expect(wang.data.fingerprint()).toHaveText(print);
  for (const { people } of [li, wang]) {
    await people.open();
    await expect(people.unit('宣传部')).toHaveCount(0);
    await expect(people.unit('实践部')).toBeVisible();
    await people.member('李四').click();
    await expect(people.page.getByLabel(t.people.member_form.email, { exact: true })).toHaveValue('lisi@example.cn');
    await expect(people.page.getByLabel(t.people.member_form.class_major, { exact: true })).toHaveValue('人力资源管理 2401');
  }
  // The phone number kept is the same on both, and the other is kept in the history.
  const phones = [];
  for (const { people } of [li, wang]) {
    await people.open();
    await people.member('张三').click();
    phones.push(await people.page.getByLabel(t.people.member_form.phone, { exact: true }).inputValue());
  }
  expect(phones[0]).toBe(phones[1]);
  expect(['13911111111', '13722222222']).toContain(phones[0]);
  await wang.data.open();
  await expect(wang.page.locator('section[aria-labelledby="history-heading"]')).toContainText(phones[0] === '13911111111' ? '13722222222' : '13911111111');

  for (const o of [li, wang]) {
    expect(o.app.problems).toEqual([]);
    await o.context.close();
  }
});

/** A file as another officer's phone would write it: two units and a member. */
function fileFromAnotherPhone(dir: string) {
  const device = '0000000000000d01';
  const at = `${Date.now() - 60_000}.0.${device}`;
  const file = {
    format: 'unionbook', version: 2, exported_at: new Date().toISOString(),
    exported_by: { device, officer: '赵一鸣' }, union: '', selection: { what: 'all' },
    records: [
      { id: device, kind: 'device', at, fields: { officer: '赵一鸣' } },
      { id: '00000000000000a1', kind: 'unit', at, fields: { name_zh: '社会部', unit_kind: 'ministry', active: true } },
      { id: '00000000000000a2', kind: 'unit', at, fields: { name_zh: '学通社', unit_kind: 'ministry', active: true } },
      { id: '00000000000000a3', kind: 'member', at, fields: { name: '周文博', student_id: '2023001007' } },
      { id: '00000000000000a4', kind: 'role', at, fields: { member: '00000000000000a3', unit: '00000000000000a2', position: 'minister', from: '2026-09-01' } },
    ],
  };
  mkdirSync(dir, { recursive: true });
  const path = `${dir}/unionbook-赵一鸣.json`;
  writeFileSync(path, JSON.stringify(file));
  return path;
}

test('undo returns the book exactly to its state before the import', async ({ app, page }, testInfo) => {
  const people = new PeoplePage(page);
  const data = new DataPage(page, testInfo.outputDir);
  await people.addUnit('学习部');
  await people.addMember({ name: '王佳怡' });
  await data.open();
  const before = await data.fingerprint().innerText();
  const file = fileFromAnotherPhone(testInfo.outputDir);

  await data.choose(file);
  await expect(data.count(t.data.preview.added)).toHaveText('5');
  await data.apply();
  await expect(await data.fingerprintAgain()).not.toHaveText(before);
  await data.undo();
  await expect(await data.fingerprintAgain()).toHaveText(before);
  await people.open();
  await expect(people.units()).toHaveCount(1);
  await expect(people.members()).toHaveCount(1);

  // Importing the same file twice changes nothing the second time.
  await data.choose(file);
  await data.apply();
  await data.open();
  const after = await data.fingerprint().innerText();
  await data.choose(file);
  await expect(data.count(t.data.preview.unchanged)).toHaveText('5');
  await expect(data.count(t.data.preview.added)).toHaveText('0');
  await data.apply();
  await data.open();
  await expect(data.fingerprint()).toHaveText(after);
});

test('a file that is not a Unionbook export is refused with a reason, and nothing changes', async ({ app, page }, testInfo) => {
  const people = new PeoplePage(page);
  const data = new DataPage(page, testInfo.outputDir);
  await people.addUnit('学习部');
  await data.open();
  const before = await data.fingerprint().innerText();
  mkdirSync(testInfo.outputDir, { recursive: true });
  const cases: [string, string, string][] = [
    ['roster.json', '[{"name":"张三"}]', t.data.reject.not_unionbook],
    ['cut.json', '{"format":"unionbook","version":2,"records":[{"id":', t.data.reject.truncated.split('(')[0]],
    ['future.json', '{"format":"unionbook","version":99,"records":[]}', t.data.reject.newer.split('(')[0]],
  ];
  for (const [name, text, message] of cases) {
    const path = `${testInfo.outputDir}/${name}`;
    writeFileSync(path, text);
    await data.choose(path);
    const line = data.preview().getByRole('alert');
    await expect(line).toContainText(name);
    await expect(line).toContainText(message.trim());
    await expect(line).toContainText(t.data.preview.nothing_changed);
  }
  // A file with a bad date names the record and the field.
  const bad = fileFromAnotherPhone(testInfo.outputDir);
  const json = JSON.parse(readFileSync(bad, 'utf8'));
  json.records[1].fields.founded = '2026-02-30';
  writeFileSync(bad, JSON.stringify(json));
  await data.choose(bad);
  await expect(data.preview().getByRole('alert')).toContainText('Record 2 (00000000000000a1), field “founded”');
  await expect(data.preview().getByRole('alert')).toContainText('2026-02-30');
  await data.open();
  await expect(data.fingerprint()).toHaveText(before);
});
