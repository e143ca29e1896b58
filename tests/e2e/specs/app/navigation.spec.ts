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
  for (const { path, key, built } of PAGES) {
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
    } else if (!built) {
      // The side list names an unbuilt area with its badge.
      await app.navigation().getByRole('link', { name: `${name} ${MESSAGES.en.not_built.badge}` }).click();
    } else {
      await app.navigation().getByRole('link', { name, exact: true }).click();
    }
    await expect(page).toHaveURL(path);
    if (key !== 'home') await expect(app.heading()).toHaveText(name);
    // Home and More list every area, marking those not built yet; an unbuilt area says so once.
    const unbuilt = PAGES.filter((p) => !p.built).length;
    const listsAreas = key === 'home' || key === 'more';
    const badges = built ? (listsAreas ? unbuilt : 0) : 1;
    await expect(page.locator('main').getByText(MESSAGES.en.not_built.badge, { exact: true })).toHaveCount(badges);
    if (!built) await expect(page.locator('main')).toContainText(MESSAGES.en.area_desc[key]);
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
