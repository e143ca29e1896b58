// Finding and ordering: the bottom bar holds what is used most, the side list every area,
// members sort by pinyin (or by position), a search finds units and positions, and the
// Attendance area lists every list that took attendance.
import { test, expect, MESSAGES, PAGES } from '../../fixtures/app';
import { PeoplePage } from '../../fixtures/people-page';

const t = MESSAGES.en;

test('the bottom bar holds the areas used most, Activities first; the side list every area', async ({ app, page }, testInfo) => {
  await app.open('/');
  const phone = testInfo.project.name === 'phone';
  const links = app.navigation().getByRole('link');
  if (phone) {
    await expect(links).toHaveText([t.nav.home, t.nav.activities, t.nav.attendance, t.nav.people, t.nav.more]);
  } else {
    for (const { key } of PAGES) {
      if (key !== 'more') await expect(app.navigation().getByRole('link', { name: t.nav[key], exact: true })).toBeVisible();
    }
  }
});

test('members sort by pinyin or by position, and a search finds units and positions', async ({ app, page }) => {
  const people = new PeoplePage(page);
  await people.addUnit('生活部');
  await people.addUnit('学习部');
  await people.addMember({ name: '张三' });
  await people.addRole('生活部', t.people.position.assistant, '2026-09-01');
  await people.addMember({ name: '李四' });
  await people.addRole('学习部', t.people.position.minister, '2026-09-01');
  await people.addMember({ name: '安娜' });
  await people.open();
  const titles = people.members().locator('.record-title');
  // Pinyin: an, li, zhang — code-point order would be 安 张 李.
  await expect(titles).toHaveText(['安娜', '李四', '张三']);
  await expect(people.units().locator('.record-title')).toHaveText(['生活部', '学习部']); // sheng, xue

  await page.getByLabel(t.people.order.label).selectOption({ label: t.people.order.rank });
  await expect(titles).toHaveText(['李四', '张三', '安娜']);

  const search = page.getByLabel(t.people.search);
  await search.fill('生活部');
  await expect(titles).toHaveText(['张三']);
  await search.fill(t.people.position.minister);
  await expect(titles).toHaveText(['李四']);
  await search.fill('zs');
  await expect(titles).toHaveText(['张三']);
});

test('the Attendance area lists every list that took attendance, with its rate', async ({ app, page }) => {
  await app.open('/attendance');
  await expect(app.heading()).toHaveText(t.nav.attendance);
  await expect(page.locator('main')).toContainText(t.attendance_page.none);
  await expect(page.locator('main')).not.toContainText(/not built|go live|尚未开发|上线后/);

  const people = new PeoplePage(page);
  for (const name of ['周文博', '孙雨桐']) await people.addMember({ name });
  await app.open('/people/trainings');
  await page.getByLabel(t.training.topic).fill('活动策划书写作');
  await page.getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(app.heading()).toHaveText('活动策划书写作');
  await page.getByRole('button', { name: t.training.invite_all }).click();
  await page.getByRole('group', { name: '周文博' }).getByRole('button', { name: t.attendance.present }).click();

  await app.open('/attendance');
  const row = page.locator('main .record-row', { hasText: '活动策划书写作' });
  await expect(row).toContainText('50%');
  await expect(row).toContainText(`${t.attendance.present} 1`);
  await expect(page.getByTestId('attendance-overall')).toContainText('50%');
  await row.click();
  await expect(app.heading()).toHaveText('活动策划书写作');
  expect(app.problems).toEqual([]);
});
