// The seed's union, imported from a file, gets its semester's work summary drafted from its
// records: each ministry and association with its activities, the training and the rules
// adopted, the inspections and periodicals, the award and the sponsorship, each in its section
// with its figures. The officers' own text survives a reload and travels in an export.
import { test, expect } from '../../fixtures/app';
import { DataPage } from '../../fixtures/data-page';
import { officer } from '../../fixtures/officer';
import { SEED, seedUnionFile } from '../../fixtures/seed-union';
import { SummaryPage } from '../../fixtures/summary-page';

test('the seed union’s summary holds each of its records in its section with its figures', async ({ app, page }, testInfo) => {
  const data = new DataPage(page, testInfo.outputDir);
  await data.choose(seedUnionFile(testInfo.outputDir));
  await data.apply();
  const summary = new SummaryPage(page);
  await summary.open();
  await expect(page.locator('.summary-title')).toHaveText(SEED.title);

  await expect(summary.figure('units', 'Activities held')).toHaveText(String(SEED.activitiesHeld));
  await expect(summary.figure('units', 'Participants')).toHaveText(String(SEED.participants));
  await expect(summary.figure('units', 'Awards won')).toHaveText('1');
  for (const unit of ['学习部', '学通社', '社会部', '文艺部', '生活部', '演讲与辩论协会', '人力资源管理协会']) {
    await expect(summary.section('units').locator('h3', { hasText: unit })).toBeVisible();
  }
  await expect(summary.figure('units', 'Activities held', '人力资源管理协会')).toHaveText('3');
  await expect(summary.figure('units', 'Participants', '演讲与辩论协会')).toHaveText('540');
  const fair = summary.source('units', '第二届校园模拟招聘会');
  await expect(fair).toContainText('school-wide');
  await expect(fair).toContainText('500 took part');
  await expect(fair).toContainText('苏州新区企业（近30家）');
  await expect(summary.source('units', '“明日之星”评选')).toContainText('明日之星');
  // The association founded this semester held nothing yet: no part of zeros for it.
  await expect(summary.section('units').locator('h3', { hasText: '劳动与社会保障协会' })).toHaveCount(0);

  await expect(summary.figure('internal', 'Trainings held', 'Trainings')).toHaveText('1');
  await expect(summary.figure('internal', 'Meetings that adopted decisions', 'Meetings and rules adopted')).toHaveText('1');
  await expect(summary.source('internal', '学生会全体会议')).toContainText('部门归档制度');
  await expect(summary.figure('regular', 'Inspection rounds', 'Dormitory inspections')).toHaveText('1');
  await expect(summary.figure('regular', 'Issues published', 'Publications')).toHaveText('2');
  await expect(summary.figure('money', 'Sponsorship in cash')).toHaveText(SEED.sponsorship);
  // No previous semester: its plans' section says so instead of showing nothing as done.
  await expect(summary.section('goals')).toContainText('Nothing was recorded for this section in this period.');

  // Each record drawn on is a link to its page.
  await summary.source('units', '新生辩论赛').getByRole('link').click();
  await expect(page).toHaveURL(/\/activities\/5eed/);
  await expect(page.locator('main')).toContainText('新生辩论赛');
  expect(app.problems).toEqual([]);
});

test('the officers’ text survives a reload and an export into another officer’s book', async ({ app, page, browser, baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the exchange is a phone story');
  test.slow();
  const data = new DataPage(page, testInfo.outputDir);
  await data.choose(seedUnionFile(testInfo.outputDir));
  await data.apply();
  const summary = new SummaryPage(page);
  await summary.open();
  const shortcomings = '一是活动的影响力不够，宣传不到位。\n\n二是活动品牌不够。';
  await summary.writeNote('shortcomings', shortcomings);
  await summary.section('plans').getByLabel('A plan for next semester').fill('打造一项品牌活动');
  await summary.section('plans').getByRole('button', { name: 'Add the plan' }).click();
  await expect(summary.section('plans').locator('.summary-goal-text')).toHaveText(['打造一项品牌活动']);

  await page.reload();
  await expect(summary.note('shortcomings')).toHaveValue(shortcomings);
  await expect(summary.section('plans').locator('.summary-goal-text')).toHaveText(['打造一项品牌活动']);

  const file = await data.export();
  const wang = await officer(browser, baseURL!, '王芳', testInfo.outputDir);
  await wang.data.choose(file.path);
  await wang.data.apply();
  const theirs = new SummaryPage(wang.page);
  await theirs.open();
  await expect(theirs.note('shortcomings')).toHaveValue(shortcomings);
  await expect(theirs.section('plans').locator('.summary-goal-text')).toHaveText(['打造一项品牌活动']);
  // The figures are drawn from the records the file carried, not copied in it.
  await expect(theirs.figure('units', 'Activities held')).toHaveText(String(SEED.activitiesHeld));
  expect(wang.app.problems).toEqual([]);
  await wang.context.close();
  expect(app.problems).toEqual([]);
});
