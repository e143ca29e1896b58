// Every error sits on its own field: marked invalid, described by its message, and no other
// field is blamed.
import { test, expect, MESSAGES } from '../../fixtures/app';
import { PeoplePage } from '../../fixtures/people-page';

const t = MESSAGES.en;

test('a wrong score shows its error on that criterion, not on another', async ({ app, page }) => {
  await new PeoplePage(page).addMember({ name: '周文博' });
  await app.open('/people/evaluations');
  await page.getByRole('button', { name: t.eval.add_defaults }).click();
  await page.getByLabel(t.eval.subject).selectOption({ label: '周文博' });
  await page.getByLabel(t.eval.date).fill('2026-11-20');
  await page.getByLabel('Attitude', { exact: true }).fill('8');
  await page.getByLabel('Ability', { exact: true }).fill('11');
  await page.getByRole('button', { name: t.eval.add }).click();

  const ability = page.getByLabel('Ability', { exact: true });
  await expect(ability).toHaveAttribute('aria-invalid', 'true');
  const message = page.locator(`#${await ability.getAttribute('aria-describedby')}`);
  await expect(message).toHaveText(t.form.not_in_range.replace('{{ lo }}', '0').replace('{{ hi }}', '10'));
  for (const other of ['Attitude', 'Efficiency', 'Attendance']) {
    await expect(page.getByLabel(other, { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
  }
});

test('a criterion without a name, or with one already there, says so on its field', async ({ app, page }) => {
  await app.open('/people/evaluations');
  await page.getByRole('button', { name: t.eval.add_defaults }).click();
  const name = page.getByLabel(t.eval.criterion_name);
  const add = page.getByRole('button', { name: t.eval.add_criterion });
  await add.click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(`#${await name.getAttribute('aria-describedby')}`)).toHaveText(t.form.required);
  await name.fill('Attitude');
  await add.click();
  await expect(page.locator(`#${await name.getAttribute('aria-describedby')}`)).toHaveText(t.form.taken);
  await name.fill('协作');
  await add.click();
  await expect(name).toHaveValue('');
  await expect(page.getByLabel('协作', { exact: true })).toBeVisible();
  expect(app.problems).toEqual([]);
});
