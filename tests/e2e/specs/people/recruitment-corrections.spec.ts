// Recruitment without dead ends or permanent mistakes: a first round makes its term and
// semester in place without losing what was typed; a candidate's details can be corrected;
// every stage move, a hire included, can be undone from its notice, and later moved back; and
// scores take one decimal, with a second one refused on its own field.
import { test, expect, MESSAGES } from '../../fixtures/app';
import { PeoplePage } from '../../fixtures/people-page';
import { RecruitmentPage } from '../../fixtures/recruitment-page';

const t = MESSAGES.en;
const r = t.recruit;

test('a first round, a corrected candidate, and every stage move taken back', async ({ app, page }) => {
  test.setTimeout(60_000);
  const people = new PeoplePage(page);
  const recruitment = new RecruitmentPage(page);
  await people.addUnit('生活部');

  // No term, no semester: the round's form says where to make one, and makes it in place.
  await recruitment.openRounds();
  await page.getByLabel(r.title).fill('生活部秋季招新');
  await page.locator('#round-unit').selectOption({ label: '生活部' });
  await page.getByRole('button', { name: r.add_round }).click();
  await expect(await recruitment.errorOf(recruitment.roundSemester())).toHaveText(r.first_semester.needed);
  await page.locator('#first-term-number').fill('6');
  await page.getByRole('button', { name: r.first_semester.make }).click();
  await expect(page.getByRole('group', { name: r.first_semester.title })).toHaveCount(0);
  const made = await recruitment.roundSemester().inputValue();
  expect(made).toMatch(/^[0-9a-z]{16}$/);
  await expect(page.getByLabel(r.title)).toHaveValue('生活部秋季招新');
  await expect(page.locator('#round-unit')).toHaveValue(/^[0-9a-z]{16}$/);
  await page.getByRole('button', { name: r.add_round }).click();
  await expect(app.heading()).toHaveText('生活部秋季招新');
  const round = page.url();

  // The semester made is today's, so the next round starts in it.
  await recruitment.openRounds();
  await expect(recruitment.roundSemester()).toHaveValue(made);
  await expect(page.locator('#first-term-number')).toHaveCount(0);

  // A candidate, and their details corrected.
  await page.goto(round);
  await recruitment.apply('周文博', '2024000201');
  await page.getByRole('button', { name: r.edit.open }).click();
  await page.locator('#edit-class').fill('公共事业管理 2401');
  await page.getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(page.getByTestId('class-major')).toHaveText('公共事业管理 2401');
  await expect(page.locator('#edit-class')).toHaveCount(0);

  // A score with two decimals is refused on its field; one decimal is taken.
  const score = page.locator('#step-score');
  await recruitment.recordTest('85.55');
  await expect(await recruitment.errorOf(score)).toHaveText(t.form.too_many_decimals);
  await expect(recruitment.stage()).toHaveText(r.stage.applied);
  await recruitment.recordTest('85.5');
  await expect(recruitment.stage()).toHaveText(r.stage.initial_test);
  await expect(page.getByTestId('test-score')).toHaveText('85.5');

  // A stage move undone from its notice.
  await recruitment.undo();
  await expect(recruitment.stage()).toHaveText(r.stage.applied);
  await expect(page.getByTestId('test-score')).toHaveText('');
  await recruitment.recordTest('8.5');
  await expect(page.getByTestId('test-score')).toHaveText('8.5');
  await recruitment.recordInterview('90');
  await expect(recruitment.stage()).toHaveText(r.stage.interview);
  await page.getByRole('button', { name: r.step.start_probation }).click();
  await expect(recruitment.stage()).toHaveText(r.stage.probation);

  // A hire undone: the member it made is gone, the candidate is in probation again.
  await page.getByRole('button', { name: r.step.hire }).click();
  await expect(recruitment.stage()).toHaveText(r.stage.hired);
  await expect(page.getByRole('link', { name: r.see_member })).toBeVisible();
  await recruitment.undo();
  await expect(recruitment.stage()).toHaveText(r.stage.probation);
  await expect(page.getByRole('link', { name: r.see_member })).toHaveCount(0);
  const candidate = page.url();
  await people.open();
  await expect(people.members()).toHaveCount(0);

  // Later, after the notice has gone: moved back from probation to the interview.
  await page.goto(candidate);
  await expect(recruitment.stage()).toHaveText(r.stage.probation);
  await recruitment.moveBackTo(r.stage.interview).click();
  await expect(recruitment.stage()).toHaveText(r.stage.interview);
  await expect(page.getByTestId('interview-score')).toHaveText('90');
  await expect(recruitment.moveBackTo(r.stage.initial_test)).toBeVisible();
  expect(await app.seriousAccessibilityViolations()).toEqual([]);
});

test('an evaluation score takes one decimal, and a second one is refused on that criterion', async ({ app, page }) => {
  await new PeoplePage(page).addMember({ name: '周文博' });
  await app.open('/people/evaluations');
  await page.getByRole('button', { name: t.eval.add_defaults }).click();
  await page.getByLabel(t.eval.subject).selectOption({ label: '周文博' });
  await page.getByLabel(t.eval.date).fill('2026-11-20');
  await page.getByLabel('Attitude', { exact: true }).fill('8.5');
  await page.getByLabel('Ability', { exact: true }).fill('8.55');
  await page.getByRole('button', { name: t.eval.add }).click();

  const ability = page.getByLabel('Ability', { exact: true });
  const recruitment = new RecruitmentPage(page);
  await expect(await recruitment.errorOf(ability)).toHaveText(t.form.too_many_decimals);
  await expect(page.getByLabel('Attitude', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');

  await ability.fill('9');
  await page.getByRole('button', { name: t.eval.add }).click();
  await expect(ability).not.toHaveAttribute('aria-invalid', 'true');
  // (8.5 + 9) / 2 = 8.75, shown to a tenth.
  await expect(page.getByTestId('member-averages')).toContainText('周文博: 8.8');
});
