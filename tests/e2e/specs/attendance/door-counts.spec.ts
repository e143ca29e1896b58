// The door is consistent (issue #26, item 6): the headline and the "who is expected" panel give
// one count, walk-ins included, and it survives a reload; the last check-ins are read back from
// the door's log, so a reload keeps them and their undo; late is marked at the door, shows on the
// activity's own list, and is taken back by pressing it again; that list keeps one compact row a
// person, with its remove button saying what it does, in both languages.
import type { Page } from '@playwright/test';
import { test, expect, MESSAGES, AppPage, type Lang } from '../../fixtures/app';
import { DoorPage, importFiles, students, type Student } from '../../fixtures/door-page';
import { fileText, stamp, writeFile, type FileRecord } from '../../fixtures/files';

const ACTIVITY = 'a000000000000001';
const DEVICE = 'd000000000000002';
const t = MESSAGES.en;

/** An activity that invites only the first `invited` of `people`, as another officer sent it. */
function activityFile(dir: string, people: Student[], invited: number): string {
  const made = Date.now() - 7_200_000;
  const at = stamp(made, DEVICE);
  const records: FileRecord[] = people.map((p) => ({
    id: p.id, kind: 'student', at, fields: { name: p.name, student_id: p.studentId, class: '行政管理 2401' },
  }));
  records.push({
    id: ACTIVITY, kind: 'activity', at,
    fields: { title: '迎新晚会', status: 'planned', date: new Date().toISOString().slice(0, 10), invited: people.slice(0, invited).map((p) => p.id) },
  });
  return writeFile(dir, 'activity.json', fileText(DEVICE, '文艺部', records, made));
}

/** The two numbers the door shows for who is expected: the headline's and the panel's. */
async function expectedCounts(page: Page, lang: Lang = 'en') {
  const headline = (await page.getByTestId('door-counts').locator('.door-count').textContent()) ?? '';
  const panel = (await page.locator('.door-expected summary').textContent()) ?? '';
  const number = (text: string, pattern: string) => {
    const re = new RegExp(pattern.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\{ \w+ \}\}/, '(\\d+)'));
    const found = re.exec(text);
    expect(found, `“${pattern}” in “${text}”`).not.toBeNull();
    return Number(found![1]);
  };
  return { headline: number(headline, MESSAGES[lang].door.here_of), panel: number(panel, MESSAGES[lang].door.expected_summary) };
}

const lateToggle = (door: DoorPage, name: string) => door.recent().getByRole('button', { name: `Late: ${name}` });

test('the door’s counts agree and survive a reload, and so do the last check-ins', async ({ app, page }, testInfo) => {
  const people = students(5);
  await app.open('/');
  await importFiles(page, 'en', activityFile(testInfo.outputDir, people, 2));
  const door = new DoorPage(page);
  await door.open(ACTIVITY);
  expect(await expectedCounts(page)).toEqual({ headline: 2, panel: 2 });

  // One who was invited, and two from the register who were not: walk-ins, expected once here.
  for (const i of [0, 2, 3]) await door.checkIn(people[i].studentId, people[i].name);
  await expect(door.counts()).toContainText('3 here of 4 expected');
  await expect(door.counts()).toContainText('walk-ins 2');
  expect(await expectedCounts(page)).toEqual({ headline: 4, panel: 4 });
  const newestFirst = [people[3].name, people[2].name, people[0].name];
  await expect(door.recent().locator('.door-recent-row strong')).toHaveText(newestFirst);

  await page.reload();
  await expect(door.search()).toBeVisible();
  await expect(door.counts()).toContainText('3 here of 4 expected');
  expect(await expectedCounts(page)).toEqual({ headline: 4, panel: 4 });
  await expect(door.recent().locator('.door-recent-row strong')).toHaveText(newestFirst);
  await expect(door.recent()).not.toContainText(t.door.recent_none);

  // A check-in listed after the reload is still taken back with one tap, and both counts follow.
  await door.recent().getByRole('button', { name: `Undo the check-in of ${people[3].name}` }).click();
  await expect(door.feedback()).toHaveText(`Taken back: ${people[3].name}`);
  await expect(door.counts()).toContainText('2 here of 3 expected');
  expect(await expectedCounts(page)).toEqual({ headline: 3, panel: 3 });
  await expect(door.recent().locator('.door-recent-row strong')).toHaveText([people[2].name, people[0].name]);
  // Taken back means not checked in: a new tap marks them again.
  await door.checkIn(people[3].studentId, people[3].name);
  await expect(door.feedback()).toContainText(`${people[3].name} checked in`);
  expect(app.problems).toEqual([]);
});

test('a late mark at the door shows on the activity page, and pressing it again takes it back', async ({ app, page }, testInfo) => {
  const people = students(3);
  await app.open('/');
  await importFiles(page, 'en', activityFile(testInfo.outputDir, people, 3));
  const door = new DoorPage(page);
  await door.open(ACTIVITY);
  await door.checkIn(people[0].studentId, people[0].name);
  await door.checkIn(people[1].studentId, people[1].name);
  const late = lateToggle(door, people[0].name);
  await expect(late).toHaveAttribute('aria-pressed', 'false');
  await late.click();
  await expect(late).toHaveAttribute('aria-pressed', 'true');
  await expect(door.feedback()).toHaveText(`${people[0].name} is now marked ${t.attendance.late}`);
  await expect(door.counts()).toContainText('2 here of 3 expected');
  await expect(door.counts()).toContainText('Present 1 · late 1');
  await expect(door.recent().locator('.door-recent-row').filter({ hasText: people[0].name })).toHaveAttribute('data-mark', 'late');

  // Reopened, the door still shows it late; the activity's own list shows the same mark.
  await page.reload();
  await expect(lateToggle(door, people[0].name)).toHaveAttribute('aria-pressed', 'true');
  await app.go(`/activities/${ACTIVITY}`);
  const row = page.locator('.attendance-row', { has: page.getByRole('group', { name: people[0].name }) });
  await expect(row).toHaveAttribute('data-mark', 'late');
  await expect(row.getByRole('button', { name: t.attendance.late })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.attendance-row', { has: page.getByRole('group', { name: people[1].name }) }))
    .toHaveAttribute('data-mark', 'present');

  // Undone at the door: present again, here and there.
  await door.open(ACTIVITY);
  await lateToggle(door, people[0].name).click();
  await expect(lateToggle(door, people[0].name)).toHaveAttribute('aria-pressed', 'false');
  await expect(door.counts()).toContainText('Present 2 · late 0');
  await app.go(`/activities/${ACTIVITY}`);
  await expect(row).toHaveAttribute('data-mark', 'present');

  // Someone excused is not the door's to make late: the toggle is only for those who came.
  await door.open(ACTIVITY);
  await door.search().fill(people[2].name);
  await page.getByRole('button', { name: `Mark ${people[2].name} excused` }).click();
  await expect(door.feedback()).toHaveText(`${people[2].name} marked excused`);
  await page.getByRole('button', { name: `Undo marking ${people[2].name} excused` }).click();
  await expect(door.feedback()).toHaveText(`Taken back: ${people[2].name}`);
  await expect(door.counts()).toContainText('excused 0');
  expect(app.problems).toEqual([]);
});

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`the activity's list keeps one compact row a person, its remove button labelled (${lang})`, async ({ browser, baseURL }, testInfo) => {
    const context = await browser.newContext({ baseURL, locale: lang === 'en' ? 'en-US' : 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const app = new AppPage(page, new URL(baseURL!).origin);
    const people = students(4);
    await app.open('/');
    await importFiles(page, lang, activityFile(testInfo.outputDir, people, 4));
    await app.go(`/activities/${ACTIVITY}`);
    const m = MESSAGES[lang].attendance;
    const rows = page.locator('.attendance-row');
    await expect(rows).toHaveCount(4);
    const first = rows.filter({ has: page.getByRole('group', { name: people[0].name }) });
    await first.getByRole('button', { name: m.late }).click();
    await expect(first).toHaveAttribute('data-mark', 'late');
    for (const row of await rows.all()) {
      const box = (await row.boundingBox())!;
      // One line: the name, four marks and the remove button side by side (once 400 px tall).
      expect(box.height).toBeLessThanOrEqual(72);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      const marks = row.locator('.mark');
      await expect(marks).toHaveCount(4);
      const tops = new Set<number>();
      for (const button of await marks.all()) {
        const b = (await button.boundingBox())!;
        expect(b.height).toBeGreaterThanOrEqual(44);
        expect(b.width).toBeGreaterThanOrEqual(44);
        tops.add(Math.round(b.y));
      }
      expect(tops.size, 'the marks on one line').toBe(1);
      const remove = row.locator('.remove-person');
      const name = (await row.locator('.record-title').textContent())!;
      await expect(remove).toHaveAccessibleName(m.remove.replace('{{ name }}', name));
      await expect(remove).toContainText(m.remove_short);
      expect((await remove.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
    // The remove button does what it says, and the notice takes it back.
    await rows.filter({ has: page.getByRole('group', { name: people[3].name }) }).locator('.remove-person').click();
    await expect(rows).toHaveCount(3);
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
    expect(app.problems).toEqual([]);
    await context.close();
  });
}
