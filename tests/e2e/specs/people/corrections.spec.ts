// Mistakes can be corrected: a role ended by a mis-tap comes back with Undo, any role can be
// deleted (and restored), and so can an evaluation, a criterion, and a person on a training's
// list.
import { test, expect, MESSAGES } from '../../fixtures/app';
import { PeoplePage } from '../../fixtures/people-page';

const t = MESSAGES.en;

const undo = (page: import('@playwright/test').Page) =>
  page.locator('.notice-bar').getByRole('button', { name: t.notice.undo }).click();

test('ending or deleting a role can be undone', async ({ app, page }) => {
  const people = new PeoplePage(page);
  await people.addUnit('生活部');
  await people.addMember({ name: '周文博' });
  await people.addRole('生活部', t.people.position.minister, '2026-09-01');
  const roles = page.locator('section[aria-labelledby="roles-heading"] .record-row');
  await expect(roles).toHaveCount(1);

  await roles.first().getByRole('button', { name: t.people.role.end_named.replace('{{ position }}', t.people.position.minister) }).click();
  await expect(roles.first()).not.toContainText(t.people.role.ongoing);
  await undo(page);
  await expect(roles.first()).toContainText(t.people.role.ongoing);

  await roles.first().getByRole('button', { name: t.form.delete }).click();
  await expect(roles).toHaveCount(0);
  await undo(page);
  await expect(roles).toHaveCount(1);
});

test('an evaluation, a criterion and a person on a training list can be removed and put back', async ({ app, page }) => {
  const people = new PeoplePage(page);
  for (const name of ['周文博', '孙雨桐']) await people.addMember({ name });
  await app.open('/people/evaluations');
  await page.getByRole('button', { name: t.eval.add_defaults }).click();
  await page.getByLabel(t.eval.subject).selectOption({ label: '周文博' });
  await page.getByLabel(t.eval.date).fill('2026-11-20');
  await page.getByLabel('Attitude', { exact: true }).fill('8');
  await page.getByRole('button', { name: t.eval.add }).click();
  const list = page.locator('section[aria-labelledby="evaluations-heading"] .record-row');
  await expect(list).toHaveCount(1);
  await list.first().getByRole('button', { name: t.form.delete }).click();
  await expect(list).toHaveCount(0);
  await undo(page);
  await expect(list).toHaveCount(1);

  await page.getByRole('button', { name: t.form.delete_named.replace('{{ name }}', 'Efficiency') }).click();
  await expect(page.getByLabel('Efficiency', { exact: true })).toHaveCount(0);
  await undo(page);
  await expect(page.getByLabel('Efficiency', { exact: true })).toBeVisible();

  await app.open('/people/trainings');
  await page.getByLabel(t.training.topic).fill('活动策划书写作');
  await page.getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(app.heading()).toHaveText('活动策划书写作');
  await page.getByRole('button', { name: t.training.invite_all }).click();
  const rows = page.locator('.attendance-row');
  await expect(rows).toHaveCount(2);
  await page.getByRole('button', { name: t.attendance.remove.replace('{{ name }}', '孙雨桐') }).click();
  await expect(rows).toHaveCount(1);
  await undo(page);
  await expect(rows).toHaveCount(2);
});

test('a role can be corrected, and is not refused as a duplicate of itself', async ({ app, page }) => {
  const people = new PeoplePage(page);
  await people.addUnit('生活部');
  await people.addMember({ name: '周文博' });
  await people.addRole('生活部', t.people.position.assistant, '2026-09-01');
  const section = page.locator('section[aria-labelledby="roles-heading"]');
  const roles = section.locator('.record-row');
  const edit = t.people.role.edit_named.replace('{{ role }}', `${t.people.position.assistant} · 生活部`);
  await roles.first().getByRole('button', { name: edit }).click();
  await expect(page.getByRole('heading', { name: t.people.role.edit_title })).toBeVisible();
  await expect(page.getByLabel(t.people.role.unit, { exact: true })).toBeFocused();
  await expect(page.getByLabel(t.people.role.from, { exact: true })).toHaveValue('2026-09-01');
  // Only the start date is wrong: saving the role with its own position is no duplicate.
  await page.getByLabel(t.people.role.from, { exact: true }).fill('2026-09-08');
  await section.getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(page.locator('.notice-bar')).toContainText(t.people.role.corrected);
  await expect(roles).toHaveCount(1);
  await expect(page.getByRole('heading', { name: t.people.role.add })).toBeVisible();
  await roles.first().getByRole('button', { name: edit }).click();
  await page.getByLabel(t.people.role.position, { exact: true }).selectOption({ label: t.people.position.minister });
  await section.getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(roles).toHaveCount(1);
  await expect(roles.first()).toContainText(t.people.position.minister);
  expect(app.problems).toEqual([]);
});

test('a term and a semester can be corrected, and deleted with an undo', async ({ app, page }) => {
  await app.open('/people/terms');
  await page.getByLabel(t.terms.number).fill('5');
  await page.getByRole('button', { name: t.terms.add_term }).click();
  await page.getByRole('button', { name: t.terms.add_semester }).click();
  const fifth = t.term.label.replace('{{ nth }}', '5th');
  const sixth = t.term.label.replace('{{ nth }}', '6th');
  await expect(page.getByRole('heading', { name: fifth })).toBeVisible();

  // The term was the 6th, not the 5th.
  await page.getByRole('button', { name: t.terms.edit_named.replace('{{ name }}', fifth) }).click();
  await expect(page.getByRole('heading', { name: t.terms.edit_term })).toBeVisible();
  await page.getByLabel(t.terms.number).fill('6');
  await page.getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(page.getByRole('heading', { name: sixth })).toBeVisible();
  await expect(page.getByRole('heading', { name: fifth })).toHaveCount(0);

  // The semester's end date, corrected; then the semester deleted and put back.
  const semester = page.locator('main .record-row').first();
  await semester.getByRole('button', { name: t.form.edit }).click();
  await expect(page.getByRole('heading', { name: t.terms.edit_semester })).toBeVisible();
  const ends = page.locator('#semester-ends');
  await ends.fill('2027-01-20');
  await page.getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(page.getByRole('heading', { name: t.terms.new_semester })).toBeVisible();
  await expect(semester).toContainText('2027');
  await semester.getByRole('button', { name: t.form.delete }).click();
  await expect(page.locator('main .record-row')).toHaveCount(0);
  await undo(page);
  await expect(page.locator('main .record-row')).toHaveCount(1);
  expect(app.problems).toEqual([]);
});

test('an evaluation can be corrected, and a score emptied goes', async ({ app, page }) => {
  const people = new PeoplePage(page);
  await people.addMember({ name: '周文博' });
  await app.open('/people/evaluations');
  await page.getByRole('button', { name: t.eval.add_defaults }).click();
  await page.getByLabel(t.eval.subject).selectOption({ label: '周文博' });
  await page.getByLabel(t.eval.date).fill('2026-11-20');
  await page.getByLabel('Attitude', { exact: true }).fill('8');
  await page.getByLabel('Efficiency', { exact: true }).fill('6');
  await page.getByRole('button', { name: t.eval.add }).click();
  const list = page.locator('section[aria-labelledby="evaluations-heading"] .record-row');
  await expect(list.first()).toContainText('7.0');

  await list.first().getByRole('button', { name: t.form.edit }).click();
  await expect(page.getByRole('heading', { name: t.eval.edit_title })).toBeVisible();
  await expect(page.getByLabel('Attitude', { exact: true })).toHaveValue('8');
  await page.getByLabel('Attitude', { exact: true }).fill('9.5');
  await page.getByLabel('Efficiency', { exact: true }).fill('');
  await page.getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(page.getByRole('heading', { name: t.eval.new })).toBeVisible();
  await expect(list).toHaveCount(1);
  await expect(list.first()).toContainText('9.5');
  expect(app.problems).toEqual([]);
});

test('a recruitment round can be corrected and deleted', async ({ app, page }) => {
  const people = new PeoplePage(page);
  await people.addUnit('生活部');
  await app.open('/people/recruitment');
  await page.getByLabel(t.recruit.title).fill('生活部秋季招薪');
  await page.locator('#round-unit').selectOption({ label: '生活部' });
  await page.locator('#first-term-number').fill('6');
  await page.getByRole('button', { name: t.recruit.first_semester.make }).click();
  await page.getByRole('button', { name: t.recruit.add_round }).click();
  await expect(app.heading()).toHaveText('生活部秋季招薪');

  // A typo in the title, corrected on the round's own page.
  await expect(page.getByRole('heading', { name: t.recruit.edit_round })).toBeVisible();
  await page.getByLabel(t.recruit.title).fill('生活部秋季招新');
  await page.getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(app.heading()).toHaveText('生活部秋季招新');
  await page.getByRole('button', { name: t.form.delete, exact: true }).click();
  await expect(page).toHaveURL('/people/recruitment');
  await expect(page.locator('main .record-row')).toHaveCount(0);
  await undo(page);
  await expect(page.locator('main .record-row')).toHaveCount(1);
  expect(app.problems).toEqual([]);
});
