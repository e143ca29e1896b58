import { test, expect, MESSAGES, loadSample } from '../../fixtures/app';
import { PeoplePage } from '../../fixtures/people-page';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const t = MESSAGES.en;
const roster = fileURLToPath(new URL('../../fixtures/roster-gbk.csv', import.meta.url));

test('a semester of people: terms, a GBK roster, recruitment to hiring, an evaluation, a training, spreadsheets', async ({ app, page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the people story is told on a phone');
  test.setTimeout(90_000);
  const people = new PeoplePage(page);
  const axe = async (where: string) => expect(await app.seriousAccessibilityViolations(), where).toEqual([]);

  // A term and its semester, made current.
  await app.open('/people/terms');
  await page.getByLabel(t.terms.number).fill('6');
  await page.getByLabel(t.terms.starts, { exact: true }).first().fill('2026-09-01');
  await page.getByLabel(t.terms.ends, { exact: true }).first().fill('2027-07-15');
  await page.getByRole('button', { name: t.terms.add_term }).click();
  await expect(page.getByRole('heading', { name: 'The 6th Student Union' })).toBeVisible();
  await page.getByLabel(t.terms.term, { exact: true }).selectOption({ label: 'The 6th Student Union' });
  await page.getByLabel(t.terms.start_year).fill('2026');
  await page.getByLabel(t.terms.half).selectOption({ label: t.terms.first });
  await page.locator('#semester-starts').fill('2026-08-01');
  await page.locator('#semester-ends').fill('2027-01-31');
  await page.getByRole('button', { name: t.terms.add_semester }).click();
  await page.getByRole('button', { name: t.terms.make_current }).click();
  // The term and the semester, a line each.
  await expect(page.locator('.top-bar .top-bar-line')).toHaveText(['The 6th Student Union', 'First semester of 2026–2027']);
  await axe('terms');

  // Two units.
  await people.addUnit('生活部');
  await people.addUnit('学习部');

  // A roster from Chinese Excel: GBK, with one student twice.
  await app.open('/people/import');
  await page.locator('#roster-file').setInputFiles(roster);
  await expect(page.getByText('read as GB18030 / GBK, 4 rows')).toBeVisible();
  await expect(page.getByLabel(/^学号/)).toHaveValue('student_id');
  const preview = page.getByTestId('roster-preview');
  await expect(preview).toContainText('New members: 3');
  await expect(preview).toContainText('Rows merged with an earlier row of the same student id: 1');
  await axe('roster mapping');
  await preview.getByRole('button', { name: t.roster.apply }).click();
  await people.open();
  for (const name of ['刘子涵', '赵一鸣', '孙雨桐']) await expect(people.member(name)).toBeVisible();

  // Search by pinyin initials.
  await page.getByLabel(t.people.search).fill('zym');
  await expect(people.members()).toHaveCount(1);
  await expect(people.member('赵一鸣')).toBeVisible();
  await page.getByLabel(t.people.search).fill('');

  // A recruitment round for the Ministry of Life, and one candidate all the way to hiring.
  await app.open('/people/recruitment');
  await page.getByLabel(t.recruit.title).fill('生活部秋季招新');
  await page.locator('#round-semester').selectOption({ label: 'First semester of 2026–2027' });
  await page.locator('#round-unit').selectOption({ label: '生活部' });
  await page.getByRole('button', { name: t.recruit.add_round }).click();
  await expect(app.heading()).toHaveText('生活部秋季招新');
  await page.getByLabel(t.recruit.form.name).fill('周文博');
  await page.locator('#candidate-student-id').fill('2024000201');
  await page.locator('#candidate-class').fill('公共事业管理 2401');
  await page.getByRole('button', { name: t.recruit.add_application }).click();
  await expect(page.locator('.board-stage[data-stage="applied"] .board-count')).toHaveText('1');
  await axe('round board');
  await page.getByRole('link', { name: /周文博/ }).click();
  const stage = page.getByTestId('stage');
  await expect(stage).toHaveText(t.recruit.stage.applied);
  await page.getByLabel(t.recruit.test_score).fill('85');
  await page.getByRole('button', { name: t.recruit.step.record_test }).click();
  await expect(stage).toHaveText(t.recruit.stage.initial_test);
  await page.getByLabel(t.recruit.interview_score).fill('90');
  await page.getByLabel(t.recruit.interviewer).selectOption({ label: '刘子涵' });
  await page.getByRole('button', { name: t.recruit.step.record_interview }).click();
  await expect(stage).toHaveText(t.recruit.stage.interview);
  await page.getByRole('button', { name: t.recruit.step.start_probation }).click();
  await expect(stage).toHaveText(t.recruit.stage.probation);
  await axe('candidate');
  await page.getByRole('button', { name: t.recruit.step.hire }).click();
  await expect(stage).toHaveText(t.recruit.stage.hired);
  await page.getByRole('link', { name: t.recruit.see_member }).click();
  await expect(app.heading()).toHaveText('周文博');
  await expect(page.locator('section[aria-labelledby="roles-heading"]')).toContainText('Assistant');
  await expect(page.locator('section[aria-labelledby="roles-heading"]')).toContainText('生活部');
  await expect(page.locator('#member-class')).toHaveValue('公共事业管理 2401');
  // And the unit counts them among its members.
  await people.open();
  await people.unit('生活部').click();
  await expect(page.locator('section[aria-labelledby="unit-members-heading"]')).toContainText('周文博');
  await expect(page.locator('section[aria-labelledby="unit-members-heading"]')).toContainText('Assistant');

  // The daily work evaluation, on the usual four criteria.
  await app.open('/people/evaluations');
  await page.getByRole('button', { name: t.eval.add_defaults }).click();
  await page.getByLabel(t.eval.subject).selectOption({ label: '周文博' });
  await page.getByLabel(t.eval.evaluator).selectOption({ label: '刘子涵' });
  await page.getByLabel(t.eval.date).fill('2026-11-20');
  for (const [label, score] of [['Attitude', '8'], ['Ability', '9'], ['Efficiency', '7'], ['Attendance', '10']]) {
    await page.getByLabel(label, { exact: true }).fill(score);
  }
  await page.getByLabel(t.eval.comment).fill('认真负责');
  await page.getByRole('button', { name: t.eval.add }).click();
  await page.locator('#semester-filter').selectOption({ label: 'First semester of 2026–2027' });
  await expect(page.getByTestId('member-averages')).toContainText('周文博: 8.5');
  await expect(page.getByTestId('unit-averages')).toContainText('生活部: 8.5');
  await axe('evaluations');

  // A training, with its attendance list.
  await app.open('/people/trainings');
  await page.getByLabel(t.training.topic).fill('活动策划书写作');
  await page.getByLabel(t.training.trainer).selectOption({ label: '赵一鸣' });
  await page.getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(app.heading()).toHaveText('活动策划书写作');
  for (const name of ['周文博', '孙雨桐']) {
    await page.getByLabel(t.training.invite).selectOption({ label: name });
    await page.getByRole('button', { name: t.training.invite_button, exact: true }).click();
  }
  await page.getByRole('group', { name: '周文博' }).getByRole('button', { name: t.attendance.present }).click();
  await page.getByRole('group', { name: '孙雨桐' }).getByRole('button', { name: t.attendance.excused }).click();
  await expect(page.getByTestId('tally')).toHaveText('Came: 1 · marked: 2 of 2 expected');
  await axe('training');

  // The member page tells the whole story.
  await people.open();
  await people.member('周文博').click();
  const history = page.locator('section[aria-labelledby="history-heading"]');
  await expect(history).toContainText('Average 8.5 over 1 evaluation.');
  await expect(history).toContainText('活动策划书写作');
  await expect(history).toContainText(t.recruit.stage.hired);
  await axe('member page');

  // The member list as a spreadsheet: UTF-8 with a BOM, Chinese intact.
  await people.open();
  const download = page.waitForEvent('download');
  await page.locator('section[aria-labelledby="members-heading"]').getByRole('button', { name: t.csv.button }).click();
  const file = await download;
  const saved = testInfo.outputPath('members.csv');
  await file.saveAs(saved);
  expect(file.suggestedFilename()).toMatch(/^members-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync(saved);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.subarray(3).toString('utf8');
  expect(csv.split('\r\n')[0]).toBe('Name,Student id,Class and major,Year of entry,Gender (optional),Roles now,Phone,E-mail,WeChat (optional),QQ (optional)');
  expect(csv).toContain('周文博,2024000201,公共事业管理 2401');
  expect(csv).toContain('刘子涵,2024000101,劳动与社会保障 2401,2024,Female');
  expect(csv).toContain('孙雨桐,2024000103,人力资源管理 2401,2024,Female,,13800000103');
});

test('a candidate cannot skip a stage, and a refusal needs its reason', async ({ app, page }) => {
  await app.open('/');
  await loadSample(page, t);
  await app.open('/people/recruitment');
  await page.getByRole('link', { name: /生活部 2026 秋季招新/ }).click();
  await page.getByRole('link', { name: /蒋思远/ }).click();
  await expect(page.getByTestId('stage')).toHaveText(t.recruit.stage.applied);
  await page.getByLabel(t.recruit.test_score).fill('101');
  await page.getByRole('button', { name: t.recruit.step.record_test }).click();
  // Each error sits on its own field (issue #8, point 8).
  const score = page.locator('#step-score');
  await expect(score).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(`#${await score.getAttribute('aria-describedby')}`)).toContainText('from 0 to 100');
  await page.getByRole('button', { name: t.recruit.step.not_hired }).click();
  const reason = page.locator('#step-reason');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(`#${await reason.getAttribute('aria-describedby')}`)).toHaveText(t.form.required);
  await page.locator('#step-reason').fill('课程冲突');
  await page.getByRole('button', { name: t.recruit.step.not_hired }).click();
  await expect(page.getByTestId('stage')).toHaveText(t.recruit.stage.not_hired);
});
