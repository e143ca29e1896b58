// A meeting's action item can go to someone who is not a member yet: the officer adds them by
// name from inside the item's form, without leaving the meeting (and what was typed in the
// item stays), and the new member is chosen at once.
import { test, expect, MESSAGES } from '../../fixtures/app';
import { MeetingsPage } from '../../fixtures/meetings-page';

const t = MESSAGES.en;

test('a member is added from an action item’s form and owns the item', async ({ app, page }) => {
  const meetings = new MeetingsPage(page);
  await app.open('/');
  const meetingPage = await meetings.newMeeting({ date: '2026-10-14', startsAt: '19:00' });
  const list = meetings.taskList();
  await list.getByLabel(t.tasks.title).fill('布置会场');
  await list.getByText(t.people.quick_add).click();
  const name = list.getByLabel(t.people.member_form.name, { exact: true });
  // Enter adds the member; it does not submit the item half written.
  await name.fill('  ');
  await name.press('Enter');
  await expect(list.locator('#task-new-owner-error')).toHaveText(/\S/);
  await expect(meetings.task('布置会场')).toHaveCount(0);
  await name.fill('钱多多');
  await name.press('Enter');
  await expect(page.locator('.notice-bar')).toContainText('钱多多');
  await expect(list.getByLabel(t.tasks.owner)).toHaveValue(/^[0-9a-z]{16}$/);
  await expect(list.getByLabel(t.tasks.owner).locator('option:checked')).toHaveText('钱多多');
  await expect(list.getByLabel(t.tasks.title)).toHaveValue('布置会场');
  await list.getByRole('button', { name: t.tasks.add }).click();
  await expect(meetings.task('布置会场')).toContainText('钱多多');
  await expect(page).toHaveURL(meetingPage);
  expect(app.problems).toEqual([]);
});
