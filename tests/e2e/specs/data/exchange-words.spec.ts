// The exchange screens speak the officer's words: the first export asks who the officer is,
// files and previews name officers, kinds have names, and times read as the reader's.
import { test, expect, MESSAGES } from '../../fixtures/app';
import { DataPage } from '../../fixtures/data-page';
import { PeoplePage } from '../../fixtures/people-page';
import { fileText, stamp, writeFile } from '../../fixtures/files';

const t = MESSAGES.en;

test('the first export asks for the officer’s name and names the file after it', async ({ app, page }, testInfo) => {
  const people = new PeoplePage(page);
  await people.addUnit('生活部');
  await app.open('/data');
  const name = page.getByLabel(t.data.export_name);
  await page.getByRole('button', { name: t.data.export_button }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#export-officer-error')).toHaveText(t.data.export_name_needed);

  await name.fill('王芳');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t.data.export_button }).click();
  expect((await download).suggestedFilename()).toMatch(/^unionbook-王芳-\d{4}-\d{2}-\d{2}\.json$/);
  // Kept in Settings: the next export does not ask again.
  await app.open('/settings');
  await expect(page.getByLabel(t.settings.officer_name)).toHaveValue('王芳');
  await app.open('/data');
  await expect(page.getByLabel(t.data.export_name)).toHaveCount(0);
});

test('an import preview names kinds and officers and shows times as people read them', async ({ browser, baseURL }, testInfo) => {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN' });
  const page = await context.newPage();
  const zh = MESSAGES.zh;
  const data = new DataPage(page, testInfo.outputDir);
  const [device, at] = ['0000000000000d01', stamp(Date.now() - 60_000, '0000000000000d01')];
  const path = writeFile(testInfo.outputDir, 'from-zhao.json', fileText(device, '', [
    { id: '00000000000000a1', kind: 'unit', at, fields: { name_zh: '社会部', unit_kind: 'ministry', active: true } },
    { id: '00000000000000a2', kind: 'recruit_round', at, fields: { title: '2026 秋季招新' } },
    { id: '00000000000000a3', kind: 'criterion', at, fields: { name_zh: '工作态度' } },
    { id: '00000000000000a4', kind: 'gadget', at, fields: { name: '未来的记录' } },
  ]));
  await page.goto('/data');
  await page.locator('#import-files').setInputFiles(path);
  const preview = data.preview();
  await expect(preview).toBeVisible();
  const text = await preview.innerText();
  for (const internal of ['recruit_round', 'criterion', 'gadget', device]) expect(text).not.toContain(internal);
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
  // Every kind by its name (the core's kinds.rs, KIND_NAMES); only a kind this app does not
  // know is called a newer Unionbook's.
  for (const name of ['部门', '招新轮次', '考核标准', zh.data.kinds.other]) expect(text).toContain(name);
  expect(text).toContain(zh.data.unnamed_device.split('{{')[0].trim());
  await context.close();
});
