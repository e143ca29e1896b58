// Two officers check in at two doors with overlapping people, each exports the list, and the
// secretary imports both files at once: every arrival once with the earliest time, and the
// person tapped at both doors shown as such.
import { test, expect } from '../../fixtures/app';
import { officer } from '../../fixtures/officer';
import { DoorPage, importFiles, listFile, students } from '../../fixtures/door-page';

test('the secretary sees every arrival once, the earliest time kept and the double marked', async ({ browser, baseURL }, testInfo) => {
  test.setTimeout(120_000);
  const people = students(9);
  // Made the morning before the doors open, whose phones' clocks are set to that evening.
  const setup = listFile(testInfo.outputDir, people, undefined, new Date(2026, 10, 20, 8, 0).getTime());
  const doors: [string, Date, number[]][] = [
    ['东门', new Date(2026, 10, 20, 18, 42), [0, 1, 2, 3, 4]],
    ['西门', new Date(2026, 10, 20, 18, 47), [4, 5, 6, 7, 8]],
  ];
  const files: string[] = [];
  for (const [name, time, who] of doors) {
    const o = await officer(browser, baseURL!, `${name}干部`, testInfo.outputDir);
    await o.context.clock.setFixedTime(time);
    await importFiles(o.page, 'en', setup);
    const door = new DoorPage(o.page);
    await door.open();
    await door.nameDoor(name);
    for (const i of who) await door.checkIn(people[i].studentId, people[i].name);
    await expect(door.counts()).toContainText('5 here of 9 expected');
    files.push(await door.export(testInfo.outputDir));
    expect(o.app.problems).toEqual([]);
    await o.context.close();
  }

  const secretary = await officer(browser, baseURL!, '秘书', testInfo.outputDir);
  await importFiles(secretary.page, 'en', ...files);
  const door = new DoorPage(secretary.page);
  await door.open();
  await expect(door.counts()).toContainText('9 here of 9 expected');
  const arrivals = door.arrivals();
  await expect(arrivals.getByTestId('door-arrivals-summary')).toHaveText('9 arrived through 2 doors; 1 were checked in at two doors.');
  await expect(arrivals.getByTestId('door-doubles').locator('li')).toHaveCount(1);
  await expect(arrivals.getByTestId('door-doubles')).toHaveText(`${people[4].name} at both doors: 东门 18:42, 西门 18:47`);
  await arrivals.locator('details summary').click();
  const rows = arrivals.getByTestId('door-arrival-list').locator('li');
  await expect(rows).toHaveCount(9);
  await expect(rows.filter({ hasText: people[4].name })).toHaveText(`18:42 ${people[4].name} · 东门`);
  await expect(rows.filter({ hasText: people[4].name })).toHaveAttribute('data-double', 'true');
  await expect(rows.filter({ hasText: people[8].name })).toHaveText(`18:47 ${people[8].name} · 西门`);
  expect(secretary.app.problems).toEqual([]);
  await secretary.context.close();
});
