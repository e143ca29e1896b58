import { test, expect, MESSAGES, loadSample } from '../../fixtures/app';
import { DataPage } from '../../fixtures/data-page';
import { PeoplePage } from '../../fixtures/people-page';
import { readFileSync } from 'node:fs';
import { fileText, stamp, storedChunk, writeFile } from '../../fixtures/files';

const t = MESSAGES.en;

test('a stored book that cannot be read is kept, explained and offered for download', async ({ app, page }, testInfo) => {
  const people = new PeoplePage(page);
  await people.addUnit('生活部');
  const key = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('ub1/r/unit/'))!);
  await page.evaluate((key) => localStorage.setItem(key, '2damaged'), key);

  await page.reload();
  await app.ready();
  await expect(page.getByRole('alert').filter({ hasText: t.storage.unreadable })).toBeVisible();
  const data = new DataPage(page, testInfo.outputDir);
  await data.open();
  await expect(page.getByRole('heading', { name: t.data.rescue.title })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t.data.rescue.download }).click();
  const saved = `${testInfo.outputDir}/stored.json`;
  await (await download).saveAs(saved);
  expect(JSON.parse(readFileSync(saved, 'utf8')).keys[key]).toBe('2damaged');

  // Nothing is saved over it: an edit is refused, and the stored text stays.
  await people.open();
  await page.getByRole('link', { name: t.people.add_unit }).click();
  await page.getByLabel(t.people.unit_form.name_zh).fill('宣传部');
  await page.getByRole('button', { name: t.form.save, exact: true }).click();
  expect(await page.evaluate((key) => localStorage.getItem(key), key)).toBe('2damaged');

  // Starting over is possible only after confirming a copy was kept.
  await data.open();
  const startOver = page.getByRole('button', { name: t.data.rescue.start_over });
  await expect(startOver).toBeDisabled();
  await page.getByLabel(t.data.rescue.confirm).check();
  await startOver.click();
  await expect(page.getByRole('heading', { name: t.data.rescue.title })).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), key)).toBeNull();
});

test('a full storage warns, keeps the records in the page, and the export still works', async ({ app, page }, testInfo) => {
  // The browser refuses every further write of the book, as a full localStorage does (the
  // switch lives in sessionStorage so that it survives page loads).
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (sessionStorage.getItem('full') && key.startsWith('ub1/')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  });
  const people = new PeoplePage(page);
  await people.addUnit('生活部');
  await page.evaluate(() => sessionStorage.setItem('full', '1'));
  await people.addUnit('宣传部');
  const warning = page.getByRole('alert').filter({ hasText: 'could not be saved' });
  await expect(warning).toContainText('storage full');
  await expect(people.unit('宣传部')).toBeVisible();

  // Reloading now would lose the unsaved unit: the warning's own link leads to the export.
  await warning.getByRole('link', { name: t.data.export_now }).click();
  await expect(page).toHaveURL('/data#export');
  const data = new DataPage(page, testInfo.outputDir);
  const file = await data.export(t.data.export_all, { reload: false });
  const exported = JSON.parse(readFileSync(file.path, 'utf8'));
  const names = exported.records.filter((r: any) => r.kind === 'unit').map((r: any) => r.fields.name_zh);
  expect(names.sort()).toEqual(['宣传部', '生活部']);

  // Once there is room again, the next change saves everything.
  await page.evaluate(() => sessionStorage.removeItem('full'));
  await people.addUnit('实践部', 'ministry', { reload: false });
  await expect(warning).toHaveCount(0);
  await page.reload();
  await app.ready();
  await people.open();
  await expect(people.units()).toHaveCount(3);
});

test('two tabs stay in step and neither overwrites the other', async ({ app, page, context }) => {
  const people = new PeoplePage(page);
  await people.addUnit('生活部');
  const other = await context.newPage();
  const otherPeople = new PeoplePage(other);
  await otherPeople.open();
  await expect(otherPeople.unit('生活部')).toBeVisible();

  await people.addUnit('宣传部');
  await expect(otherPeople.unit('宣传部')).toBeVisible();
  await otherPeople.addUnit('实践部');
  await people.open();
  await expect(people.units()).toHaveCount(3);
  await page.reload();
  await app.ready();
  await expect(people.units()).toHaveCount(3);
});

test('an empty book offers a sample union that goes in one tap', async ({ app, page }) => {
  await app.open('/');
  await loadSample(page, t);
  await expect(page.getByText(t.home.sample_note)).toBeVisible();
  const people = new PeoplePage(page);
  await people.open();
  await expect(people.unit('Labour and Social Security Association')).toBeVisible();
  await expect(people.unit('Labour and Social Security Association')).toContainText(t.people.sample_badge);
  await expect(people.members()).toHaveCount(15);

  await app.open('/data');
  await page.getByRole('button', { name: t.data.sample_remove }).click();
  await people.open();
  await expect(people.units()).toHaveCount(0);
  await expect(people.members()).toHaveCount(0);
});

test('on a phone that can share files, the export goes to the share sheet', async ({ app, page }) => {
  await page.addInitScript(() => {
    (navigator as any).canShare = (data: any) => !!data?.files?.length;
    (navigator as any).share = async (data: any) => {
      (window as any).__shared = { name: data.files[0].name, text: await data.files[0].text() };
    };
  });
  const people = new PeoplePage(page);
  await people.addUnit('生活部');
  await app.open('/data');
  await page.getByLabel(t.data.export_name).fill('李华');
  await page.getByRole('button', { name: t.data.export_button }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Shared' })).toBeVisible();
  const shared = await page.evaluate(() => (window as any).__shared);
  expect(shared.name).toMatch(/\.json$/);
  expect(JSON.parse(shared.text).records.some((r: any) => r.fields.name_zh === '生活部')).toBe(true);
});

test('stored text is untrusted: an absurd length or a record the reader would refuse shows the rescue screen, never a dead page', async ({ app, page }) => {
  const people = new PeoplePage(page);
  await people.addUnit('生活部');
  const key = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('ub1/r/unit/'))!);
  const [device, id] = ['0000000000000d01', '00000000000000a1'];
  const cases = [
    '218446744073709551615:\u0100',
    storedChunk([{ id, kind: 'unit', at: stamp(Date.now(), device), fields: {} }]),
    storedChunk([{ id, kind: 'unit', at: stamp(Date.now(), device, 4294967295), fields: { name_zh: '社会部' } }]),
  ];
  for (const text of cases) {
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [key, text]);
    await page.reload();
    await app.ready();
    await expect(page.getByRole('alert').filter({ hasText: t.storage.unreadable })).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(key), key)).toBe(text);
  }
});

test('when the import history cannot be written, the banner says so and the set-aside value is saved later', async ({ app, page }, testInfo) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (sessionStorage.getItem('full') && key === 'ub1/local/imports') {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  });
  const data = new DataPage(page, testInfo.outputDir);
  const [a, b, member] = ['0000000000000d01', '0000000000000d02', '00000000000000a3'];
  const base = Date.now() - 600_000;
  const version = (device: string, phone: string, at: number) =>
    ({ id: member, kind: 'member', at: stamp(base, a), fields: { name: '周文博', phone }, field_at: { phone: stamp(at, device) } });
  const first = writeFile(testInfo.outputDir, 'a.json', fileText(a, '赵一鸣', [version(a, '13900000001', base + 1000)]));
  const second = writeFile(testInfo.outputDir, 'b.json', fileText(b, '钱二', [version(b, '13700000002', base + 2000)]));
  await data.choose(first);
  await data.apply();
  await page.evaluate(() => sessionStorage.setItem('full', '1'));
  await data.choose(second);
  await expect(data.conflicts()).toHaveCount(1);
  await data.apply();
  const warning = page.getByRole('alert').filter({ hasText: 'could not be saved' });
  await expect(warning).toBeVisible();

  await page.evaluate(() => sessionStorage.removeItem('full'));
  const people = new PeoplePage(page);
  await people.addUnit('生活部', 'ministry', { reload: false });
  await expect(warning).toHaveCount(0);
  await page.reload();
  await data.open();
  await expect(page.locator('section[aria-labelledby="history-heading"]')).toContainText('13900000001');
});
