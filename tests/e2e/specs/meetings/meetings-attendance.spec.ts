// Who is expected at a meeting comes from the units: the meeting's own units, or any unit
// chosen, each member once; every invitation can be undone, and a person taken off the list.
import { test, expect, MESSAGES, loadSample } from '../../fixtures/app';
import { MeetingsPage } from '../../fixtures/meetings-page';

const t = MESSAGES.en;

test("a meeting invites its units' members once, with an undo", async ({ app, page }) => {
  await app.open('/');
  await loadSample(page, t);
  await page.goto('/meetings/new');
  await page.getByLabel(t.meetings.kind, { exact: true }).selectOption({ label: t.meetings.kinds.departmental });
  await page.getByRole('checkbox', { name: 'Ministry of Life' }).check();
  await page.getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(page).toHaveURL(/\/meetings\/[0-9a-z]{16}$/);
  await expect(page.getByRole('checkbox', { name: 'Ministry of Life' })).toBeChecked();
  const rows = page.locator('.attendance-row');
  await expect(rows).toHaveCount(0);

  await page.getByRole('button', { name: t.meetings.invite_units }).click();
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole('group', { name: '赵一鸣' })).toBeVisible();
  await expect(page.getByRole('group', { name: '孙雨桐' })).toBeVisible();
  await page.getByRole('button', { name: t.meetings.invite_units }).click();
  await expect(page.locator('.notice-bar')).toContainText(t.meetings.nobody_new);
  await expect(rows).toHaveCount(2);

  await page.getByLabel(t.meetings.invite_unit).selectOption({ label: 'Presidium' });
  await page.getByRole('button', { name: t.meetings.invite_unit_button }).click();
  await expect(rows).toHaveCount(4);
  await new MeetingsPage(page).undo();
  await expect(rows).toHaveCount(2);

  await page.getByRole('button', { name: t.attendance.remove.replace('{{ name }}', '孙雨桐') }).click();
  await expect(rows).toHaveCount(1);
  await new MeetingsPage(page).undo();
  await expect(rows).toHaveCount(2);
});
