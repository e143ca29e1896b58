// A member's page lists the activities they led (the Activities area's part, put there by the
// shell), each a link; one who led none says so. No page claims a part of the app is unbuilt.
import { test, expect, loadSample } from '../../fixtures/app';

test('a member’s page lists the activities they led, each a link', async ({ app, page }) => {
  await app.open('/');
  await loadSample(page);
  await app.go('/people');
  await page.getByRole('link', { name: /周文博/ }).first().click();
  await expect(app.heading()).toHaveText('周文博');
  const led = page.getByTestId('member-activities');
  await expect(led.getByRole('link', { name: /第二届“青春飞扬”演讲比赛/ })).toBeVisible();
  await expect(led.getByRole('link', { name: /第一届“青春飞扬”演讲比赛/ })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/not built|尚未开发/);
  await led.getByRole('link', { name: /第二届/ }).click();
  await expect(app.heading()).toHaveText('第二届“青春飞扬”演讲比赛');

  await app.go('/people');
  await page.getByRole('link', { name: /孙雨桐/ }).first().click();
  await expect(page.getByTestId('member-activities')).toHaveText('Has not led an activity yet.');
  expect(app.problems).toEqual([]);
});
