// The door screen's one-tap behaviours: a second tap says when and where instead of marking
// again, each of the last taps is undone with one tap, excused is its own action, a walk-in
// typed as a name is added in two taps; and axe passes with results and the last taps shown,
// in both languages.
import { test, expect, MESSAGES, type Lang } from '../../fixtures/app';
import { DoorPage, importFiles, listFile, students } from '../../fixtures/door-page';

test('already checked in, undo, excused and a typed walk-in', async ({ app, page }, testInfo) => {
  const people = students(3);
  await app.open('/');
  await importFiles(page, 'en', listFile(testInfo.outputDir, people));
  const door = new DoorPage(page);
  const t = MESSAGES.en.door;
  await door.open();
  await expect(door.search()).toBeFocused();
  await door.checkIn(people[0].studentId, people[0].name);
  await expect(door.counts()).toContainText('1 here of 3 expected');
  // Pinyin initials find a name too: 李伟磊 is "lwl".
  await door.search().fill('lwl');
  await expect(door.results().first()).toContainText(people[1].name);

  // A second tap: the time and the door, no second mark.
  await door.search().fill(people[0].studentId);
  await expect(door.results().first()).toContainText('Here since');
  await door.results().first().click();
  await expect(door.feedback()).toHaveAttribute('data-kind', 'already');
  await expect(door.feedback()).toContainText(`${people[0].name} was already checked in at`);
  await expect(door.counts()).toContainText('1 here of 3 expected');

  // Excused is a separate button beside the result.
  await door.search().fill(people[1].name);
  await page.getByRole('button', { name: `Mark ${people[1].name} excused` }).click();
  await expect(door.feedback()).toHaveText(`${people[1].name} marked excused`);
  await expect(door.counts()).toContainText('excused 1');

  // One tap undoes a check-in from the strip.
  await door.recent().getByRole('button', { name: `Undo the check-in of ${people[0].name}` }).click();
  await expect(door.counts()).toContainText('0 here of 3 expected');
  await expect(door.recent()).not.toContainText(people[0].name);

  // A walk-in nobody knows: typed, then one tap.
  await door.search().fill('陆小雨');
  await expect(page.getByText('Nobody called “陆小雨” is in the register.')).toBeVisible();
  await page.getByRole('button', { name: t.add_walk_in.replace('{{ name }}', '陆小雨') }).click();
  await expect(door.feedback()).toContainText('陆小雨 checked in');
  await expect(door.counts()).toContainText('1 here of 4 expected');
  await expect(door.counts()).toContainText('walk-ins 1');
  await door.search().fill('陆小雨');
  await expect(door.results().first()).toContainText('Here since');
});

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`axe passes on the door screen with results and the last taps (${lang})`, async ({ browser, baseURL }, testInfo) => {
    const context = await browser.newContext({ baseURL, locale: lang === 'en' ? 'en-US' : 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const { AppPage } = await import('../../fixtures/app');
    const app = new AppPage(page, new URL(baseURL!).origin);
    const people = students(6);
    await app.open('/');
    await importFiles(page, lang, listFile(testInfo.outputDir, people));
    // Reached as an officer would: the training's page links to its door.
    await app.open('/people/trainings');
    await page.locator('.record-row').first().click();
    await page.getByRole('link', { name: MESSAGES[lang].door.open, exact: true }).click();
    const door = new DoorPage(page, lang);
    await expect(door.search()).toBeVisible();
    await door.checkIn(people[0].studentId, people[0].name);
    await door.checkIn(people[1].studentId, people[1].name);
    await door.search().fill('2024');
    await expect(door.results()).toHaveCount(6);
    await page.locator('.door-settings summary').click();
    await page.locator('.door-expected summary').click();
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
    expect(app.problems).toEqual([]);
    await context.close();
  });
}
