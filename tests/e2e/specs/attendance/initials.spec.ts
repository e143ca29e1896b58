// Pinyin initials find every name, 刘 among them (one of the commonest surnames, which the
// browser's collation once filed under "m"), and a surname by its reading as one (曾 is Zeng):
// at the door and in an evening self-study check.
import { test, expect } from '../../fixtures/app';
import { DoorPage, importFiles, listFile } from '../../fixtures/door-page';
import { SelfStudyPage } from '../../fixtures/self-study-page';

const NAMES = ['刘超', '李超', '曾小贤', '王芳'];
const people = NAMES.map((name, i) => ({ id: `s${String(i + 1).padStart(15, '0')}`, name, studentId: `202499${String(i + 1).padStart(4, '0')}` }));

test('“lc” finds 刘超 and 李超 at the door, “zxx” finds 曾小贤', async ({ app, page }, testInfo) => {
  await app.open('/');
  await importFiles(page, 'en', listFile(testInfo.outputDir, people));
  const door = new DoorPage(page);
  await door.open();
  await door.search().fill('lc');
  await expect(door.results()).toHaveCount(2);
  await expect(door.results().filter({ hasText: '刘超' })).toHaveCount(1);
  await expect(door.results().filter({ hasText: '李超' })).toHaveCount(1);
  await door.search().fill('zxx');
  await expect(door.results()).toHaveCount(1);
  await expect(door.results().first()).toContainText('曾小贤');
  expect(app.problems).toEqual([]);
});

test('“lc” finds 刘超 in a self-study check', async ({ app, page }) => {
  const study = new SelfStudyPage(page);
  await study.importClasses(people.map((p) => [p.studentId, p.name, '测试 2403'] as [string, string, string]));
  await study.open();
  await study.startCheck('2026-11-16', '测试 2403', 4);
  await study.mark('lc', '刘超', 'absent');
  await expect(study.row('刘超')).toHaveAttribute('data-mark', 'absent');
  await expect(study.row('李超')).toHaveAttribute('data-mark', 'none');
  expect(app.problems).toEqual([]);
});
