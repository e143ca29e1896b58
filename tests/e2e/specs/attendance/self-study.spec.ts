// Evening self-study checks: a week recorded for two classes as fast as at the door (search,
// one tap, undo), then the rates per class, week and month and the repeat absentee to follow up.
import { test, expect, MESSAGES } from '../../fixtures/app';
import { SelfStudyPage } from '../../fixtures/self-study-page';

const t = MESSAGES.en;
const A = '测试 2401';
const B = '测试 2402';
const WEEK = ['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13'];

test('a week of checks for two classes shows the rates per class and the repeat absentee', async ({ app, page }) => {
  test.slow(); // ten checks, each started and marked through the screens
  const study = new SelfStudyPage(page);
  await study.importClasses([
    ['2024990001', '张三', A], ['2024990002', '李四', A], ['2024990003', '王五', A], ['2024990004', '赵六', A],
    ['2024990011', '陈一', B], ['2024990012', '林二', B], ['2024990013', '周三', B],
  ]);
  await study.open();
  await expect(page.getByTestId('self-study-empty')).toHaveText(t.self_study.none);

  for (const [day, date] of WEEK.entries()) {
    await study.startCheck(date, A, 4);
    if (day < 3) await study.mark('zs', '张三', 'absent');
    if (day === 1) {
      await study.mark('ls', '李四', 'late');
      await expect(study.summary()).toHaveText('Expected 4 · there 3 · absent 1 · late 1 · excused 0 · 75%');
    }
    if (day === 3) await study.mark('2024990003', '王五', 'excused', '校运动会志愿者');
    await study.startCheck(date, B, 3);
    if (day === 4) {
      await study.mark('林', '林二', 'absent');
      await expect(study.row('林二')).toHaveAttribute('data-mark', 'absent');
      await page.locator('.notice-bar').getByRole('button', { name: t.notice.undo }).click();
      await expect(study.row('林二')).toHaveAttribute('data-mark', 'none');
      await study.mark('陈', '陈一', 'absent');
      await expect(study.summary()).toContainText('there 2');
    }
  }
  // The last tap cleared the search, ready for the next name, and the roster is whole again.
  await expect(page.getByLabel(t.self_study.search, { exact: true })).toHaveValue('');
  await expect(page.getByTestId('self-study-roster').locator('.attendance-row')).toHaveCount(3);

  await study.open();
  await expect(page.getByTestId('self-study-checks').locator('.record-row')).toHaveCount(10);
  // 测试 2401: 20 expected, 3 absent and 1 excused (the late one was there): 16, 80 %.
  await expect(study.rateRow('rates-by-class', A).locator('td')).toHaveText(['5', '16', '20', '80%']);
  await expect(study.rateRow('rates-by-class', B).locator('td')).toHaveText(['5', '14', '15', '93%']);
  await expect(study.rateRow('rates-by-week', 'Week of 9 Nov 2026').locator('td')).toHaveText(['10', '30', '35', '86%']);
  await expect(study.rateRow('rates-by-month', 'Nov 2026').locator('td')).toHaveText(['10', '30', '35', '86%']);
  const chart = page.getByTestId('self-study-trend').locator('svg');
  await expect(chart).toHaveAccessibleName(t.self_study.trend_title);
  await expect(chart).toHaveAccessibleDescription('Attendance rate per week over all classes: week of 9 Nov 86%.');

  const absentees = study.absentees();
  await expect(absentees.locator('.record-row')).toHaveCount(1);
  await expect(absentees.locator('.record-row')).toContainText('张三');
  await expect(absentees.locator('.record-row')).toContainText('absent 3 times');
  await study.threshold().selectOption('1');
  await expect(absentees.locator('.record-row')).toHaveCount(2);
  await page.reload();
  await expect(study.threshold()).toHaveValue('1');
  await study.threshold().selectOption('4');
  await expect(absentees).toContainText('Nobody was absent 4 times or more.');

  // The Attendance overview counts each check's unmarked people as there.
  await page.goto('/attendance');
  await expect(page.getByTestId('attendance-overall')).toContainText('86%');
});
