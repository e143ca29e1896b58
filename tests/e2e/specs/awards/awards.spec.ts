// Recording an award on an activity: from the activity's page, with the activity chosen; it is
// then listed on the activity's page and in the awards list (filtered by level, saved as CSV),
// and deleting it can be undone. Then axe on the awards pages in both languages.
import { readFileSync } from 'node:fs';
import { test, expect, MESSAGES, AppPage, loadSample } from '../../fixtures/app';
import { day } from '../../fixtures/activities-page';
import { AwardsPage } from '../../fixtures/awards-page';

/** Text in Latin letters on a Chinese page. */
async function english(app: AppPage) {
  return (await app.shownStrings()).map((s) => s.replaceAll('CSV', '').replaceAll(MESSAGES.en.app_name, '')).filter((s) => /[A-Za-z]/.test(s));
}

const m = MESSAGES.en;
const t = m.awards;

test('an award recorded on an activity shows on its page and in the awards list', async ({ app, page }, testInfo) => {
  test.slow();
  await app.open('/');
  await loadSample(page, m);
  await app.open('/activities');
  await page.locator('#semester-filter').selectOption('');
  await page.getByTestId('activities').locator('.record-row', { hasText: '第二届校园模拟招聘会' }).click();
  await app.ready();
  const activity = new URL(page.url()).pathname.split('/').pop()!;
  const awards = new AwardsPage(page);
  await expect(awards.ofActivity()).toHaveText(t.of_activity_none);

  await page.getByRole('link', { name: t.for_activity }).click();
  await expect(page).toHaveURL(new RegExp(`/awards/new/${activity}$`));
  await expect(page.locator('#award-activity')).toHaveValue(activity);
  // Saved empty, each problem is said on its field.
  await awards.save();
  await expect(page.locator('#award-title-error')).toHaveText(m.form.required);
  await expect(page.locator('#award-level-error')).toHaveText(m.form.not_a_choice);

  await awards.fillAward('全国大学生职业规划大赛', 'province', 'competition', '二等奖', '省教育厅');
  await page.locator('#award-recipient').selectOption('unit');
  await page.locator('#award-unit').selectOption({ label: 'HR Management Association' });
  await awards.save();
  await expect(page).toHaveURL(new RegExp(`/activities/${activity}$`));
  await expect(awards.ofActivity()).toContainText('全国大学生职业规划大赛');
  await expect(awards.ofActivity()).toContainText(`二等奖 · ${t.levels.province} · HR Management Association`);

  await awards.open();
  await page.locator('#semester-filter').selectOption('');
  await expect(awards.award('全国大学生职业规划大赛')).toBeVisible();
  await expect(awards.list()).toHaveCount(4);
  await page.locator('#filter-level').selectOption('province');
  await expect(awards.list()).toHaveCount(1);
  await expect(page.getByTestId('level-counts')).toContainText(t.levels.national);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: m.csv.button }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^awards-\d{4}-\d{2}-\d{2}\.csv$/);
  const saved = testInfo.outputPath('awards.csv');
  await file.saveAs(saved);
  const bytes = readFileSync(saved);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('Award,Kind,Level,Prize or place,Received by,Awarded by,Date,Activity it came from');
  expect(lines[1]).toBe(`全国大学生职业规划大赛,Competition prize,Province,二等奖,HR Management Association,省教育厅,${day(0).iso},第二届校园模拟招聘会`);

  // Deleted, and back with Undo.
  await awards.award('全国大学生职业规划大赛').click();
  await expect(app.heading()).toHaveText('全国大学生职业规划大赛');
  await page.getByRole('button', { name: m.form.delete, exact: true }).click();
  await expect(page).toHaveURL(/\/awards$/);
  await page.locator('.notice-bar').getByRole('button', { name: m.notice.undo }).click();
  await page.locator('#semester-filter').selectOption('');
  await expect(awards.award('全国大学生职业规划大赛')).toBeVisible();
});

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh']] as const) {
  test(`axe finds nothing serious on the awards pages in ${locale}`, async ({ browser, baseURL }) => {
    test.slow();
    const context = await browser.newContext({ baseURL, locale });
    const page = await context.newPage();
    const app = new AppPage(page, new URL(baseURL!).origin);
    const tl = MESSAGES[lang].awards;
    await app.open('/');
    await loadSample(page, MESSAGES[lang]);
    const awards = new AwardsPage(page, lang);
    await awards.open();
    await page.locator('#semester-filter').selectOption('');
    await expect(awards.list()).toHaveCount(3);
    await expect(page.getByRole('link', { name: tl.selections })).toHaveAttribute('href', '/awards/selections');
    expect(await app.seriousAccessibilityViolations(), 'the awards').toEqual([]);
    if (lang === 'zh') expect(await english(app), 'English on the awards in Chinese').toEqual([]);
    await awards.list().first().click();
    await expect(page.locator('#award-title')).not.toHaveValue('');
    expect(await app.seriousAccessibilityViolations(), 'an award').toEqual([]);
    await page.locator('#award-recipient').selectOption('people');
    await expect(page.locator('#award-people')).toBeVisible();
    expect(await app.seriousAccessibilityViolations(), 'an award for people').toEqual([]);
    if (lang === 'zh') expect(await english(app), 'English on an award in Chinese').toEqual([]);
    await app.open('/activities');
    await page.locator('#semester-filter').selectOption('');
    await page.getByTestId('activities').locator('.record-row', { hasText: '健康心理讲座' }).click();
    await expect(awards.ofActivity().locator('.record-row')).toHaveCount(1);
    expect(await app.seriousAccessibilityViolations(), 'an activity with its award').toEqual([]);
    expect(app.problems).toEqual([]);
    await context.close();
  });
}
