// A failed save says so where the officer tapped: focus moves to the first field in error and
// brings it into view (its message under it), and the count of problems sits by the button.
import { test, expect, MESSAGES } from '../../fixtures/app';

const t = MESSAGES.en;

test('a failed save focuses its first field in error, in view, with the count by the button', async ({ app, page }) => {
  await app.open('/people/new-member');
  await page.getByLabel(t.people.member_form.name, { exact: true }).fill('周文博');
  await page.getByLabel(t.people.member_form.email, { exact: true }).fill('not-an-email');
  await page.getByLabel(t.people.member_form.year, { exact: true }).fill('20x6');
  const save = page.getByRole('button', { name: t.form.save, exact: true });
  await save.click();
  const email = page.getByLabel(t.people.member_form.email, { exact: true });
  const year = page.getByLabel(t.people.member_form.year, { exact: true });
  await expect(year).toBeFocused();
  await expect(year).toBeInViewport();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  // The count is beside the button too, not only at the top of the form. The year, above the
  // e-mail, is the first in error: focus went there.
  const near = page.locator('.actions .form-problems');
  await expect(near).toHaveText(t.form.fix_problems.replace('{{ count }}', '2'));
  // Right by the button (the screen has moved to the field; back at the button, it is there).
  const [text, button] = [await near.boundingBox(), await save.boundingBox()];
  expect(button!.y - (text!.y + text!.height)).toBeGreaterThanOrEqual(0);
  expect(button!.y - (text!.y + text!.height)).toBeLessThan(40);
  // Fixed, it saves: nothing typed was lost.
  await email.fill('zhou@example.com');
  await year.fill('2026');
  await save.click();
  await expect(app.heading()).toHaveText('周文博');
  expect(app.problems).toEqual([]);
});
