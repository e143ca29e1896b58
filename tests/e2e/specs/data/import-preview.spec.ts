// The import preview names everything it is about, in both languages, on a phone: every kind of
// the app's own whole-book export by its name (never "records of a newer Unionbook"), each
// changed record with the fields that get new values, and no number or short label broken
// inside at 390 px.
import type { Locator, Page } from '@playwright/test';
import { test, expect, MESSAGES, visit, type Lang } from '../../fixtures/app';
import { officer } from '../../fixtures/officer';
import { SettingsPage } from '../../fixtures/settings-page';
import { seedUnionFile } from '../../fixtures/seed-union';
import { importFiles } from '../../fixtures/door-page';

/** The kinds of the seed union's records, by the names the app gives them (the core's kinds.rs, KIND_NAMES). */
const SEED_KINDS: Record<Lang, string[]> = {
  en: ['Union profile', 'Terms', 'Semesters', 'Units', 'Activities', 'Partners', 'Trainings', 'Meetings', 'Inspection rounds', 'Periodicals', 'Issues', 'Selections', 'Awards', 'Sponsorships', 'Members', "Officers' phones"],
  zh: ['学生会资料', '届', '学期', '部门', '活动', '合作单位', '培训', '会议', '宿舍检查', '刊物', '刊期', '评选', '获奖', '赞助', '成员', '干部的手机'],
};

/** Text in `root` that wraps inside itself: a number, or a label of four characters or fewer. */
async function brokenInside(root: Locator): Promise<string[]> {
  return root.evaluate((el) => {
    const broken: string[] = [];
    for (const node of el.querySelectorAll<HTMLElement>('.figure, .nowrap, th')) {
      const text = node.innerText.trim();
      if (!text || (!/\d/.test(text) && [...text].length > 4)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) broken.push(text);
    }
    return broken;
  });
}

async function preview(page: Page, lang: Lang, path: string): Promise<Locator> {
  await visit(page, '/data');
  await expect(page.locator('main h1')).toHaveText(MESSAGES[lang].nav.data);
  await page.locator('#import-files').setInputFiles(path);
  const shown = page.getByTestId('import-preview');
  await expect(shown).toBeVisible();
  return shown;
}

test('the preview of a whole book names every kind and every change, in both languages, unbroken at 390 px', async ({ browser, baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the exchange is a phone story');
  test.slow(); // two phones, two languages
  const dir = testInfo.outputDir;
  const li = await officer(browser, baseURL!, '李华', dir);
  await importFiles(li.page, 'en', seedUnionFile(dir));
  await li.people.addMember({ name: '张三', phone: '13800000001' });
  const whole = await li.data.export();

  const wang = await officer(browser, baseURL!, '王芳', dir);
  const settings = new SettingsPage(wang.page);
  for (const lang of ['en', 'zh'] as Lang[]) {
    await settings.open();
    await settings.chooseLanguage(lang);
    const shown = await preview(wang.page, lang, whole.path);
    await expect(shown).not.toContainText(MESSAGES[lang].data.kinds.other);
    const added = shown.locator('tr').first();
    for (const kind of SEED_KINDS[lang]) await expect(added).toContainText(kind);
    expect(await brokenInside(shown)).toEqual([]);
  }
  await wang.page.getByRole('button', { name: MESSAGES.zh.data.import_apply }).click();
  await expect(wang.page.getByRole('button', { name: MESSAGES.zh.data.import_undo })).toBeVisible();

  // 李华 corrects 张三's phone: the preview says whose record and which field.
  await li.people.editMember('张三', { phone: '13900000002' });
  const correction = await li.data.export();
  for (const lang of ['zh', 'en'] as Lang[]) {
    await settings.open();
    await settings.chooseLanguage(lang);
    const shown = await preview(wang.page, lang, correction.path);
    const colon = lang === 'zh' ? '：' : ': ';
    await expect(shown.getByTestId('import-changes')).toContainText(`张三${colon}${MESSAGES[lang].people.member_form.phone}`);
    await expect(shown).not.toContainText(MESSAGES[lang].data.kinds.other);
    expect(await brokenInside(shown)).toEqual([]);
  }
  expect(li.app.problems).toEqual([]);
  expect(wang.app.problems).toEqual([]);
});
