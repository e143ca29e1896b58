import { test, expect, MESSAGES, PAGES } from '../../fixtures/app';

test('the app loads with no console error and greets the officer', async ({ app, page }) => {
  await app.open('/');
  await expect(page).toHaveTitle(`${MESSAGES.en.nav.home} · ${MESSAGES.en.app_name}`);
  await expect(app.heading()).toHaveText(MESSAGES.en.home.greeting_anonymous);
  await expect(page.getByRole('link', { name: MESSAGES.en.home.open_settings })).toBeVisible();
});

test('every page opens from the navigation and says what it is', async ({ app, page }) => {
  await app.open('/');
  const phone = (page.viewportSize()?.width ?? 0) < 900;
  for (const { path, key } of PAGES) {
    const name = MESSAGES.en.nav[key];
    if (key === 'home') {
      await app.navigation().getByRole('link', { name }).click();
    } else if (phone && !['activities', 'attendance', 'people', 'more'].includes(key)) {
      // Phones reach the rest through "More" (or the top bar, for Settings).
      await app.navigation().getByRole('link', { name: MESSAGES.en.nav.more }).click();
      await page.locator('main').getByRole('link', { name: new RegExp(`^${name}`) }).click();
    } else if (key === 'more') {
      if (!phone) continue; // Wide screens list every area in the side navigation instead.
      await app.navigation().getByRole('link', { name }).click();
    } else {
      await app.navigation().getByRole('link', { name, exact: true }).click();
    }
    await expect(page).toHaveURL(path);
    if (key !== 'home') await expect(app.heading()).toHaveText(name);
    // Every area is built: no page says a part of the app is not.
    await expect(page.locator('main')).not.toContainText(/not built|not yet built|尚未开发|上线后/);
  }
});

test('the current page is marked in the navigation', async ({ app, page }) => {
  await app.open('/people');
  await expect(app.navigation().getByRole('link', { name: MESSAGES.en.nav.people })).toHaveAttribute('aria-current', 'page');
  await expect(app.navigation().getByRole('link', { name: MESSAGES.en.nav.home })).not.toHaveAttribute('aria-current', 'page');
});

test('an unknown address says so and leads home', async ({ app, page }) => {
  await app.open('/no-such-page');
  await expect(app.heading()).toHaveText(MESSAGES.en.not_found.title);
  await page.getByRole('link', { name: MESSAGES.en.not_found.home }).click();
  await expect(page).toHaveURL('/');
});

test('no page is wider than the screen', async ({ app, page }) => {
  for (const { path } of PAGES) {
    await app.open(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
