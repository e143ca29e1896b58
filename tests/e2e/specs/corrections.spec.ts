// Mistakes can be corrected: a role ended by a mis-tap comes back with Undo, any role can be
// deleted (and restored), and so can an evaluation, a criterion, and a person on a training's
// list.
import { test, expect, MESSAGES } from '../fixtures/app';
import { PeoplePage } from '../fixtures/people-page';

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
