// A member takes one form: the first role goes in with the member, and the same role twice at
// once is refused on the position field.
import { test, expect, MESSAGES } from '../../fixtures/app';
import { PeoplePage } from '../../fixtures/people-page';

const t = MESSAGES.en;

test('a new member takes a first role in the same form, and the same role twice is refused', async ({ app, page }) => {
  const people = new PeoplePage(page);
  await people.addUnit('生活部');
  await people.open();
  await page.getByRole('link', { name: t.people.add_member }).click();
  await page.getByLabel(t.people.member_form.name, { exact: true }).fill('周文博');
  await page.getByLabel(t.people.member_form.first_unit).selectOption({ label: '生活部' });
  await page.getByLabel(t.people.member_form.first_position).selectOption({ label: t.people.position.minister });
  await page.getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(page.locator('main h1')).toHaveText('周文博');
  const roles = page.locator('section[aria-labelledby="roles-heading"] .record-row');
  await expect(roles).toHaveCount(1);
  await expect(roles.first()).toContainText(t.people.position.minister);
  await expect(roles.first()).toContainText('生活部');

  await people.addRole('生活部', t.people.position.minister, new Date().toISOString().slice(0, 10));
  const position = page.getByLabel(t.people.role.position, { exact: true });
  await expect(position).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(`#${await position.getAttribute('aria-describedby')}`)).toHaveText(t.form.same_role);
  await expect(roles).toHaveCount(1);
});
