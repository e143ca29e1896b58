// The seed's union, imported from a file, gets its semester's work summary written from its
// records: each ministry and association with its activities, the training and the rules
// adopted, the inspections and periodicals, the award and the sponsorship, each in its part as
// sentences, in both languages. The officers' own text survives a reload and travels in an export.
import { test, expect, loadSample } from '../../fixtures/app';
import { DataPage } from '../../fixtures/data-page';
import { officer } from '../../fixtures/officer';
import { SEED, seedUnionFile } from '../../fixtures/seed-union';
import { SummaryPage } from '../../fixtures/summary-page';
import { SummaryPrintPage } from '../../fixtures/summary-print-page';

test('the seed union’s summary is written from its records, each in its part', async ({ app, page }, testInfo) => {
  const data = new DataPage(page, testInfo.outputDir);
  await data.choose(seedUnionFile(testInfo.outputDir));
  await data.apply();
  const summary = new SummaryPage(page);
  await summary.open();
  await expect(page.locator('.summary-title')).toHaveText(SEED.title);

  const participants = SEED.participants.toLocaleString('en-US');
  await expect(summary.prose('units').first()).toContainText(
    `This semester the ministries and associations held ${SEED.activitiesHeld} activities with ${participants} participants, and won one award.`,
  );
  for (const unit of ['学习部', '学通社', '社会部', '文艺部', '生活部', '演讲与辩论协会', '人力资源管理协会']) {
    await expect(summary.section('units').locator('h3', { hasText: unit })).toBeVisible();
  }
  await expect(summary.prose('units', '人力资源管理协会')).toContainText('held three activities with 780 participants');
  await expect(summary.prose('units', '演讲与辩论协会')).toContainText('held two activities with 540 participants');
  const hr = summary.prose('units', '人力资源管理协会');
  await expect(hr).toContainText('“第二届校园模拟招聘会”, open to the whole school, drew 500 participants');
  await expect(hr).toContainText('苏州新区企业（近30家）');
  // The selection's award names what was won.
  await expect(summary.prose('units', '学习部')).toContainText('明日之星');
  // The association founded this semester held nothing yet: no part of zeros for it.
  await expect(summary.section('units').locator('h3', { hasText: '劳动与社会保障协会' })).toHaveCount(0);

  await expect(summary.prose('internal', 'Trainings')).toContainText('the union held one training');
  await expect(summary.prose('internal', 'Meetings')).toContainText('部门归档制度');
  await expect(summary.prose('regular', 'Dormitory')).toContainText('in one round this semester');
  await expect(summary.prose('regular', 'Publications')).toContainText('one issue of “生活之窗”');
  await expect(summary.prose('money', 'Sponsorship')).toContainText(`${SEED.sponsorship} in cash`);
  // No previous semester: no plans of one to report on, and nothing compared with it.
  await expect(summary.section('goals')).toHaveCount(0);
  await expect(page.getByTestId('comparison')).toHaveCount(0);

  // Each record drawn on is a link to its page.
  await summary.openRecord('units', '演讲与辩论协会', '新生辩论赛');
  await expect(page).toHaveURL(/\/activities\/5eed/);
  await expect(page.locator('main')).toContainText('新生辩论赛');
  expect(app.problems).toEqual([]);
});

test('every part of the seed union’s printed summary opens with written paragraphs, in both languages', async ({ app, page }, testInfo) => {
  const data = new DataPage(page, testInfo.outputDir);
  await data.choose(seedUnionFile(testInfo.outputDir));
  await data.apply();
  for (const lang of ['zh', 'en']) {
    await app.open(`/summary/${SEED.semester}/print/${lang}`);
    const view = page.locator('article.print-view');
    await expect(view).toHaveAttribute('lang', lang);
    // Every heading drawn from the records (not the officers' parts, not the appendix) is
    // followed by a written paragraph, or by the sub-heading of a part that has one.
    const missing = await view.evaluate((article) => {
      const out: string[] = [];
      const headings = [...article.querySelectorAll('h2, h3, h4')];
      for (const h of headings) {
        const text = h.textContent ?? '';
        if (/不足|计划|附录|Shortcomings|Plans|Appendix/.test(text)) continue;
        let next = h.nextElementSibling;
        while (next && /^H[234]$/.test(next.tagName)) next = next.nextElementSibling;
        if (!next || !next.classList.contains('print-prose') || (next.textContent ?? '').length < 10) out.push(text);
      }
      return out;
    });
    expect(missing, `parts without a paragraph in ${lang}`).toEqual([]);
    await expect(view.locator('p.print-prose').first()).toContainText(lang === 'zh' ? '现将本学期工作总结如下' : 'summarised below');
  }
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
  // The text is written from the records the file carried, not copied in it.
  await expect(theirs.prose('units').first()).toContainText(`held ${SEED.activitiesHeld} activities`);
  expect(wang.app.problems).toEqual([]);
  await wang.context.close();
  expect(app.problems).toEqual([]);
});

test('officers rename, move and leave out sections, and the document follows', async ({ app, page }) => {
  await app.open('/');
  await loadSample(page);
  const summary = new SummaryPage(page);
  await summary.open();
  await expect(summary.headings()).toHaveText([
    '1. Strengthening the union from within',
    '(a) The work of the ministries and associations',
    '(b) Regular work',
    '(c) Money and sponsorship',
    '(a) Shortcomings',
    '(b) Plans for next semester',
  ]);
  // What is typed in a section moves with it.
  await summary.note('money').fill('经费使用总体规范。');
  const money = await summary.layout('money');
  await money.getByRole('button', { name: 'Move up' }).click();
  await expect(page.locator('.notice-bar')).toContainText('Moved.');
  const regular = await summary.layout('regular');
  await regular.getByLabel(/This section’s heading|This section's heading/).fill('Regular work and services');
  await regular.getByRole('button', { name: 'Save the heading' }).click();
  await expect(page.locator('.notice-bar')).toContainText('Heading saved.');
  const units = await summary.layout('units');
  await units.getByRole('button', { name: 'Leave out of the document' }).click();
  await expect(summary.section('units')).toContainText('This section is left out of the document.');
  await expect(summary.headings()).toHaveText([
    '1. Strengthening the union from within',
    'The work of the ministries and associations',
    '(a) Money and sponsorship',
    '(b) Regular work and services',
    '(a) Shortcomings',
    '(b) Plans for next semester',
  ]);
  await expect(summary.note('money')).toHaveValue('经费使用总体规范。');
  await summary.section('money').getByRole('button', { name: 'Save this section' }).click();

  await page.reload();
  await expect(summary.headings().nth(2)).toHaveText('(a) Money and sponsorship');
  const print = new SummaryPrintPage(page);
  await print.openPrintView();
  const printed = print.view();
  // Chapter 1 is one section, so its parts are the h3s under it; chapters 2 and 3 have theirs.
  await expect(printed.locator('h3')).toHaveText([
    '(a) The organisation and its members',
    '(b) Recruitment and assessment',
    '(c) Trainings',
    '(d) Meetings and the rules adopted',
    '(e) Communication and cohesion',
    '(a) Money and sponsorship',
    '(b) Regular work and services',
    '(a) Shortcomings',
    '(b) Plans for next semester',
  ]);
  await expect(printed).not.toContainText('The work of the ministries and associations');
  await expect(printed).toContainText('经费使用总体规范。');
  expect(await app.seriousAccessibilityViolations()).toEqual([]);
  expect(app.problems).toEqual([]);
});
