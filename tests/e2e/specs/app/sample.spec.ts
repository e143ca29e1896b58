// The sample union never leaves the phone that loaded it: exports leave it out, and removing it
// takes it away outright, with no deletions to travel or to fill "Deleted records".
import { test, expect, MESSAGES, loadSample } from '../../fixtures/app';
import { officer } from '../../fixtures/officer';
import { readFileSync } from 'node:fs';

const t = MESSAGES.en;

const records = (path: string): any[] => JSON.parse(readFileSync(path, 'utf8')).records;

test('exports never carry the sample, and removing it leaves nothing behind', async ({ browser, baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the exchange is a phone story');
  test.slow(); // two phones
  const li = await officer(browser, baseURL!, '李华', testInfo.outputDir);
  const wang = await officer(browser, baseURL!, '王芳', testInfo.outputDir);
  await li.app.open('/');
  await loadSample(li.page, t);
  await expect(li.page.getByText(t.home.sample_note)).toBeVisible();
  await li.people.addUnit('实践部');

  // While the sample is loaded, the export holds 李华's own unit and device, nothing else.
  const withSample = await li.data.export();
  const sent = records(withSample.path);
  expect(sent.filter((r) => r.fields.sample)).toEqual([]);
  expect(sent.filter((r) => r.kind === 'unit').map((r) => r.fields.name_zh)).toEqual(['实践部']);
  expect(sent.filter((r) => r.kind !== 'unit' && r.kind !== 'device')).toEqual([]);
  await wang.data.choose(withSample.path);
  await expect(wang.data.count(t.data.preview.added)).toHaveText('2');
  await wang.data.apply();

  // Removing it: no deleted records to show, none in the next export, nothing for 王芳.
  await li.data.open();
  await li.page.getByRole('button', { name: t.data.sample_remove }).click();
  await expect(li.page.getByRole('button', { name: t.data.sample_load })).toHaveCount(0);
  await expect(li.page.locator('section[aria-labelledby="deleted-heading"]')).toContainText(t.data.deleted_empty);
  await li.people.open();
  await expect(li.people.units()).toHaveCount(1);
  await expect(li.people.unit('实践部')).toBeVisible();
  const after = await li.data.export();
  expect(records(after.path).filter((r) => r.fields.deleted)).toEqual([]);
  await wang.data.choose(after.path);
  await expect(wang.data.count(t.data.preview.deleted)).toHaveText('0');
  await expect(wang.data.count(t.data.preview.added)).toHaveText('0');
  for (const o of [li, wang]) {
    expect(o.app.problems).toEqual([]);
    await o.context.close();
  }
});

test('a deleted record is named in the officer’s words', async ({ app, page }) => {
  // A role is named by its holder, position and unit — never "role 16wh".
  const { PeoplePage } = await import('../../fixtures/people-page');
  const people = new PeoplePage(page);
  await people.addUnit('生活部');
  await people.addMember({ name: '周文博' });
  await people.addRole('生活部', t.people.position.minister, '2026-09-01');
  const roles = page.locator('section[aria-labelledby="roles-heading"] .record-row');
  await roles.first().getByRole('button', { name: t.form.delete }).click();
  await app.open('/data');
  const deleted = page.locator('section[aria-labelledby="deleted-heading"] .record-row');
  await expect(deleted).toHaveCount(1);
  await expect(deleted.first()).toContainText(`周文博 · ${t.people.position.minister} · 生活部`);
  await expect(deleted.first()).toContainText('Roles'); // the kind's name (kinds.rs, KIND_NAMES)
});
