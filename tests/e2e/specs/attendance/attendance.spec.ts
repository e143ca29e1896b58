// The attendance list, the piece the door check-in is built on: a mark is told at a glance (by
// colour, symbol and word, and to screen readers by aria-pressed), targets fit a thumb, counts
// by mark stand beside the list, and "mark everyone present" can be undone.
import { test, expect, MESSAGES } from '../../fixtures/app';
import { PeoplePage } from '../../fixtures/people-page';

const t = MESSAGES.en;
const people3 = ['周文博', '孙雨桐', '王佳怡'];

test('marks show at a glance, counts stand beside the list, and everyone present can be undone', async ({ app, page }) => {
  const people = new PeoplePage(page);
  for (const name of people3) await people.addMember({ name });
  await app.open('/people/trainings');
  await page.getByLabel(t.training.topic).fill('活动策划书写作');
  await page.getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(app.heading()).toHaveText('活动策划书写作');
  for (const name of people3) {
    await page.getByLabel(t.training.invite).selectOption({ label: name });
    await page.getByRole('button', { name: t.training.invite_button, exact: true }).click();
  }

  const zhou = page.getByRole('group', { name: '周文博' });
  await zhou.getByRole('button', { name: t.attendance.late }).click();
  await expect(zhou.getByRole('button', { name: t.attendance.late })).toHaveAttribute('aria-pressed', 'true');
  for (const other of [t.attendance.present, t.attendance.excused, t.attendance.absent]) {
    await expect(zhou.getByRole('button', { name: other })).toHaveAttribute('aria-pressed', 'false');
  }
  const row = page.locator('.attendance-row', { has: zhou });
  await expect(row).toHaveAttribute('data-mark', 'late');
  await expect(row.locator('.current-mark')).toContainText(t.attendance.late);
  await expect(page.locator('.attendance-row', { has: page.getByRole('group', { name: '孙雨桐' }) }).locator('.current-mark'))
    .toContainText(t.attendance.unmarked);
  for (const button of await page.locator('.mark').all()) {
    const box = (await button.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
  }
  const counts = page.getByTestId('mark-counts');
  await expect(counts).toContainText(`${t.attendance.late} 1`);
  await expect(counts).toContainText(`${t.attendance.unmarked} 2`);

  const everyone = page.getByRole('button', { name: t.attendance.everyone_present });
  await everyone.click();
  await expect(counts).toContainText(`${t.attendance.present} 2`);
  await expect(counts).toContainText(`${t.attendance.late} 1`);
  await expect(counts).toContainText(`${t.attendance.unmarked} 0`);
  await expect(everyone).toBeDisabled();
  await expect(page.getByTestId('tally')).toHaveText('Came: 3 · marked: 3 of 3 expected');
  expect(await app.seriousAccessibilityViolations()).toEqual([]);

  await page.locator('.notice-bar').getByRole('button', { name: t.notice.undo }).click();
  await expect(counts).toContainText(`${t.attendance.unmarked} 2`);
  await expect(counts).toContainText(`${t.attendance.late} 1`);
  await expect(zhou.getByRole('button', { name: t.attendance.late })).toHaveAttribute('aria-pressed', 'true');
});
