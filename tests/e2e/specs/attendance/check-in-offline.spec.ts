// Check-in at the door with the network off: fifty expected people checked in by scripted
// taps, the page reloaded still offline (the service worker serves the app), and every tap
// still there.
import { test, expect } from '../../fixtures/app';
import { DoorPage, importFiles, listFile, students } from '../../fixtures/door-page';

// Works offline, so it needs the service worker that playwright.config.ts blocks elsewhere.
test.use({ serviceWorkers: 'allow' });

test('fifty people checked in offline are all still there after a reload', async ({ app, page, context }, testInfo) => {
  test.setTimeout(120_000);
  const people = students(50);
  await app.open('/');
  await importFiles(page, 'en', listFile(testInfo.outputDir, people));
  const door = new DoorPage(page);
  await door.open();
  await app.waitForOfflineReady();
  await expect(door.counts()).toContainText('0 here of 50 expected');

  await context.setOffline(true);
  for (const p of people) await door.checkIn(p.studentId, p.name);
  await expect(door.counts()).toContainText('50 here of 50 expected');
  await expect(door.recent().locator('li')).toHaveCount(5);

  await page.reload();
  await expect(door.search()).toBeVisible();
  await expect(door.counts()).toContainText('50 here of 50 expected');
  await expect(door.arrivals().getByTestId('door-arrivals-summary')).toContainText('50 arrived through 1 doors');
  await page.locator('[data-testid="door-arrivals"] details summary').click();
  for (const p of people) await expect(page.getByTestId('door-arrival-list')).toContainText(p.name);
  await context.setOffline(false);
});
