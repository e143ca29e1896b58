// A meeting's action item goes where the officer looks for it: on the owner's page and in the
// one open action items list, marked overdue in words once its day has passed, until it is
// ticked done (and the tick can be undone).
import { test, expect, MESSAGES } from '../../fixtures/app';
import { PeoplePage } from '../../fixtures/people-page';
import { MeetingsPage } from '../../fixtures/meetings-page';

const t = MESSAGES.en;
const item = '提交宿舍检查汇总表';

test('an action item owned by a member shows on their page and in the open list, overdue, until ticked done', async ({ app, page }) => {
  const people = new PeoplePage(page);
  await people.addMember({ name: '赵一鸣' });
  const memberPage = new URL(page.url()).pathname;
  await expect(page.getByTestId('member-tasks')).toHaveText(t.tasks.none_open);

  const meetings = new MeetingsPage(page);
  const meetingPage = await meetings.newMeeting({ date: '2026-10-14', startsAt: '19:00' });
  await page.getByLabel(t.meetings.invite_person).selectOption({ label: '赵一鸣' });
  await page.getByRole('button', { name: t.meetings.invite_button, exact: true }).click();
  await page.getByRole('group', { name: '赵一鸣' }).getByRole('button', { name: t.attendance.present }).click();
  await expect(page.getByTestId('tally')).toContainText('1');
  await meetings.addTask(item, { owner: '赵一鸣', due: '2025-10-21' });
  await expect(meetings.task(item)).toContainText('赵一鸣');
  await expect(meetings.task(item).locator('.badge.overdue')).toHaveText(t.tasks.overdue);

  await page.goto(memberPage);
  const mine = page.getByTestId('member-tasks');
  await expect(mine.locator('.record-row', { hasText: item })).toContainText(t.tasks.overdue);
  await mine.getByRole('link', { name: new RegExp(t.meetings.kinds.departmental) }).click();
  await expect(page).toHaveURL(meetingPage);

  await meetings.openActionItems();
  const row = meetings.actionItem(item);
  await expect(row.locator('.badge.overdue')).toHaveText(t.tasks.overdue);
  await expect(row.getByRole('link', { name: '赵一鸣' })).toHaveAttribute('href', memberPage);
  await expect(row.getByRole('link', { name: new RegExp(t.meetings.kinds.departmental) })).toHaveAttribute('href', meetingPage);

  await meetings.tick(item);
  await expect(meetings.actionItems()).toHaveCount(0);
  await expect(page.getByTestId('action-items')).toHaveText(t.tasks.open_none);
  await expect(page.locator('.notice-bar')).toContainText(t.tasks.ticked.replace('{{ title }}', item));
  await meetings.undo();
  await expect(meetings.actionItem(item).locator('.badge.overdue')).toBeVisible();
  await meetings.tick(item);
  await expect(meetings.actionItems()).toHaveCount(0);

  await page.goto(memberPage);
  await expect(page.getByTestId('member-tasks')).toHaveText(t.tasks.none_open);
  await page.goto(meetingPage);
  await expect(page.getByRole('checkbox', { name: item })).toBeChecked();
  await expect(meetings.task(item)).not.toContainText(t.tasks.overdue);
});

test('an action item can be corrected and deleted, and the deletion undone', async ({ app, page }) => {
  const people = new PeoplePage(page);
  await people.addMember({ name: '孙雨桐' });
  const meetings = new MeetingsPage(page);
  await meetings.newMeeting({ kind: t.meetings.kinds.communication, title: '学生会内部交流会', date: '2026-11-05' });
  await meetings.addTask('借音响');
  await meetings.task('借音响').getByRole('button', { name: t.tasks.edit_named.replace('{{ title }}', '借音响') }).click();
  await expect(page.getByLabel(t.tasks.title)).toBeFocused();
  await expect(page.getByLabel(t.tasks.title)).toHaveValue('借音响');
  await page.getByLabel(t.tasks.title).fill('借音响和话筒');
  await page.getByLabel(t.tasks.owner).selectOption({ label: '孙雨桐' });
  await meetings.taskList().getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(meetings.task('借音响和话筒')).toContainText('孙雨桐');
  await expect(meetings.taskList().locator('.task-row')).toHaveCount(1);

  await meetings.task('借音响和话筒').getByRole('button', { name: t.form.delete }).click();
  await expect(meetings.taskList().locator('.task-row')).toHaveCount(0);
  await expect(meetings.taskList()).toContainText(t.tasks.none);
  await meetings.undo();
  await expect(meetings.task('借音响和话筒')).toBeVisible();

  // A task without a title is refused on its field.
  await meetings.taskList().getByRole('button', { name: t.tasks.add }).click();
  await expect(page.locator('#task-title-error')).toHaveText(t.form.required);
});

test('a meeting is listed by kind, corrected, and deleted with an undo', async ({ app, page }) => {
  const meetings = new MeetingsPage(page);
  await app.open('/meetings');
  await expect(page.getByTestId('meetings')).toHaveText(t.meetings.none);
  const path = await meetings.newMeeting({ title: '生活部十月例会', date: '2026-10-14' });
  await page.getByLabel(t.meetings.minutes, { exact: true }).fill('通报九月检查结果。');
  await page.getByLabel(t.meetings.decisions).fill('宿舍检查每两周一次。');
  await page.getByRole('button', { name: t.form.save, exact: true }).click();
  await page.reload();
  await expect(page.getByLabel(t.meetings.decisions)).toHaveValue('宿舍检查每两周一次。');
  await expect(page.getByRole('link', { name: t.meetings.check_in })).toHaveAttribute('href', /\/attendance\/check-in\/[0-9a-z]{16}$/);

  await app.open('/meetings');
  await page.getByLabel(t.meetings.kind_filter).selectOption({ label: t.meetings.kinds.plenary });
  await expect(page.getByTestId('meetings')).toHaveText(t.meetings.none);
  await page.getByLabel(t.meetings.kind_filter).selectOption({ label: t.meetings.kinds.departmental });
  await page.getByRole('link', { name: /生活部十月例会/ }).click();
  await expect(page).toHaveURL(path);
  await page.getByRole('button', { name: t.form.delete, exact: true }).click();
  await expect(page).toHaveURL('/meetings');
  await expect(page.getByTestId('meetings')).toHaveText(t.meetings.none);
  await meetings.undo();
  await expect(page.getByRole('link', { name: /生活部十月例会/ })).toBeVisible();
});
