// The students register (issue #9, point 1): a GBK class list previewed row by row and merged
// by student id, a search as you type by pinyin initials or student id, a student corrected and
// a deletion undone, and a member's page showing their register entry (or adding it in a tap).
import { test, expect, MESSAGES, loadSample } from '../../fixtures/app';
import { StudentsPage, say } from '../../fixtures/students-page';
import { PeoplePage } from '../../fixtures/people-page';
import { SettingsPage } from '../../fixtures/settings-page';

const t = MESSAGES.en;

test('a GBK class list is previewed, merged by student id, and searched by initials and student id', { tag: '@any-width' }, async ({ app, page }) => {
  const students = new StudentsPage(page);
  await students.open();
  await expect(page.getByTestId('students-empty')).toContainText(t.students.empty_title);
  // Already in the register, in another room: the list moves her.
  await students.add({ name: '孙梦琪', studentId: '2025000003', class: '行政管理 2501', dorm: '6-999' });

  await students.pickClassList();
  const preview = students.preview();
  await expect(page.locator('section[aria-labelledby="mapping-heading"]')).toContainText('GB18030 / GBK');
  await expect(preview).toContainText(say(t.students.import.new, { count: 2 }));
  await expect(preview).toContainText(say(t.students.import.updated, { count: 1 }));
  await expect(preview).toContainText(say(t.roster.refused, { count: 3 }));
  await expect(students.previewRows('new')).toHaveCount(2);
  const moved = students.previewRows('updated').filter({ hasText: '孙梦琪' });
  await expect(moved).toContainText(say(t.roster.change, { field: t.students.form.dorm, was: '6-999', becomes: '6-302' }));
  const refused = students.previewRows('refused');
  await expect(refused.filter({ hasText: say(t.roster.row, { row: 5 }) })).toContainText(say(t.students.import.same_id, { row: 3 }));
  await expect(refused.filter({ hasText: say(t.roster.row, { row: 6 }) })).toContainText(t.roster.no_name);
  await expect(refused.filter({ hasText: say(t.roster.row, { row: 7 }) })).toContainText(t.students.import.no_student_id);

  await students.applyImport();
  await expect(students.notice()).toContainText(say(t.students.import.done, { new: 2, updated: 1 }));
  // Pinyin order: qian, sun, zhao.
  await expect(students.names()).toHaveText(['钱浩然', '孙梦琪', '赵雨婷']);
  await expect(students.row('孙梦琪')).toContainText('6-302');
  await expect(students.row('钱浩然')).toContainText('3-205');

  await students.search().pressSequentially('zy');
  await expect(students.names()).toHaveText(['赵雨婷']);
  await students.search().fill('');
  await students.search().pressSequentially('2025000002');
  await expect(students.names()).toHaveText(['钱浩然']);
  await students.search().fill('nobody');
  await expect(page.getByTestId('students-count')).toHaveText(say(t.students.no_match, { query: 'nobody' }));
  await students.search().fill('');
  await students.classFilter().selectOption('行政管理 2501');
  await expect(page.getByTestId('students-count')).toHaveText(say(t.students.count, { count: 3 }));

  // The same list again changes nothing.
  await students.pickClassList();
  await expect(students.preview()).toContainText(say(t.roster.unchanged, { count: 3 }));
});

test('a student is corrected, deleted, and the deletion undone', { tag: '@any-width' }, async ({ app, page }) => {
  const students = new StudentsPage(page);
  await students.add({ name: '周晓', studentId: '2025000010', class: '行政管理 2501', dorm: '6-101' });
  // Checked on their fields: a second entry with the same student id is refused.
  await students.open();
  await page.getByRole('link', { name: t.students.add }).click();
  await students.fill({ name: '周晓二', studentId: '2025000010' });
  await page.getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(page.locator('#student-id-error')).toHaveText(t.form.taken);

  await students.open();
  await students.row('周晓').click();
  await students.fill({ dorm: '6-202' });
  await page.getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(page).toHaveURL('/people/students');
  await expect(students.row('周晓')).toContainText('6-202');

  await students.row('周晓').click();
  await page.getByRole('button', { name: t.form.delete }).click();
  await expect(page).toHaveURL('/people/students');
  await expect(students.rows()).toHaveCount(0);
  await students.notice().getByRole('button', { name: t.notice.undo }).click();
  await expect(students.row('周晓')).toContainText('6-202');
});

test("a member's page shows their register entry, and adds it in one tap when there is none", { tag: '@any-width' }, async ({ app, page }) => {
  const people = new PeoplePage(page);
  await people.addMember({ name: '张三', studentId: '2024001', classMajor: '行政管理 2401' });
  const entry = page.getByTestId('student-of-member');
  await expect(entry).toContainText(t.students.of_member.none);
  await entry.getByRole('button', { name: t.students.of_member.add }).click();
  await expect(page.getByRole('status')).toContainText(say(t.students.of_member.added, { name: '张三' }));
  await expect(entry).toContainText('行政管理 2401');
  await entry.getByRole('link', { name: t.students.of_member.open }).click();
  await expect(page.locator('main h1')).toHaveText('张三');
  await expect(page.getByLabel(t.people.member_form.student_id, { exact: true })).toHaveValue('2024001');
  await expect(page.getByTestId('also-member')).toContainText('张三');

});

test("the sample's members are in its register, with two whole classes", { tag: '@any-width' }, async ({ app, page }) => {
  await app.open('/');
  await loadSample(page, t);
  const people = new PeoplePage(page);
  await people.open();
  await people.member('吴可欣').click();
  const entry = page.getByTestId('student-of-member');
  await expect(entry).toContainText('行政管理 2401');
  await expect(entry).toContainText(t.students.form.dorm);
  const students = new StudentsPage(page);
  await students.open();
  await students.classFilter().selectOption('政治学与行政学 2402');
  await expect(page.getByTestId('students-count')).toHaveText(say(t.students.count, { count: 22 }));
  await students.classFilter().selectOption('行政管理 2401');
  await expect(page.getByTestId('students-count')).toHaveText(say(t.students.count, { count: 24 }));
  await expect(students.row('吴可欣')).toContainText(t.students.member_badge);
});

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh']] as const) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });
    test(`axe finds nothing serious on the register, a student and the import preview (${lang})`, async ({ app, page }) => {
      const students = new StudentsPage(page, lang);
      const axe = async (where: string) => expect(await app.seriousAccessibilityViolations(), where).toEqual([]);
      await students.open();
      await axe('the empty register');
      await students.pickClassList();
      await expect(students.previewRows('refused')).toHaveCount(3);
      await axe('the import preview');
      await students.applyImport();
      await expect(students.rows()).toHaveCount(3);
      await axe('the register');
      await students.rows().first().click();
      await app.ready();
      await axe("a student's page");
      await app.open('/people/students/new');
      await page.getByRole('button', { name: MESSAGES[lang].form.save, exact: true }).click();
      await expect(page.locator('#student-name-error')).not.toBeEmpty();
      await axe('the form with its errors');
    });
  });
}

test('the register, its form and its import speak only the chosen language', { tag: '@any-width' }, async ({ app, page }) => {
  const LATIN = /[A-Za-z]/;
  const HAN = /\p{Script=Han}/u;
  // File formats, and QQ, are written in Latin letters in Chinese text too.
  const kept = (s: string) => ['GB18030', 'UTF-8', 'GBK', 'CSV', 'QQ', MESSAGES.en.app_name].reduce((text, w) => text.replaceAll(w, ''), s);
  const settings = new SettingsPage(page);
  for (const lang of ['zh', 'en'] as const) {
    await settings.open();
    await settings.chooseLanguage(lang);
    const students = new StudentsPage(page, lang);
    const left = async () => {
      const shown = (await app.shownStrings()).map(kept);
      return lang === 'zh' ? shown.filter((s) => LATIN.test(s)) : shown.filter((s) => HAN.test(s));
    };
    for (const path of ['/people/students', '/people/students/new', '/people/students/import']) {
      await app.open(path);
      expect(await left(), `${path} in ${lang}`).toEqual([]);
    }
    if (lang === 'zh') {
      // With a preview showing: the names and cells are the file's, the rest Chinese.
      await students.pickClassList();
      const english = (await left()).filter((s) => !/^[\d\s-]*$/.test(s));
      expect(english, 'the import preview in Chinese').toEqual([]);
    }
  }
});

test('the register pages do not scroll sideways on a 320 px screen or a phone zoomed to 200 %', { tag: '@any-width' }, async ({ app, page }) => {
  await app.open('/');
  await loadSample(page, t);
  await expect(page.getByText(t.home.sample_note)).toBeVisible();
  await app.open('/people/students');
  const student = (await new StudentsPage(page).row('吴可欣').getAttribute('href'))!;
  for (const width of [320, 195]) {
    await page.setViewportSize({ width, height: 640 });
    for (const path of ['/people/students', student, '/people/students/new', '/people/students/import']) {
      await app.open(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
    }
  }
  // Each row of the register is a target a thumb can hit.
  await app.open('/people/students');
  const box = (await new StudentsPage(page).rows().first().boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
});
