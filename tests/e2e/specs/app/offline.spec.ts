import { test, expect, MESSAGES } from '../../fixtures/app';
import { SettingsPage } from '../../fixtures/settings-page';

// Works offline, so it needs the service worker that playwright.config.ts blocks elsewhere.
test.use({ serviceWorkers: 'allow' });

test('after one visit the app opens and works offline', async ({ app, page, context }) => {
  await app.open('/');
  await app.waitForOfflineReady();

  await context.setOffline(true);
  await page.reload();
  await app.ready();
  await expect(app.heading()).toHaveText(MESSAGES.en.home.greeting_anonymous);

  // A deep link, never visited online, opens from the cache as well.
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.fill(settings.officerName(), 'Offline Officer');
  await expect(settings.status()).toHaveText(MESSAGES.en.settings.saved);
  await page.reload();
  await app.ready();
  await expect(settings.officerName()).toHaveValue('Offline Officer');
  await context.setOffline(false);
});

test('the app asks the browser to keep its storage', async ({ app, page }) => {
  await app.open('/settings');
  const storage = page.locator('main .card').filter({ hasText: MESSAGES.en.settings.storage });
  // Headless Chromium answers either way; what matters is that the app asked and says which.
  await expect(storage).toContainText(
    new RegExp(`${MESSAGES.en.settings.storage_persistent.slice(0, 12)}|${MESSAGES.en.settings.storage_best_effort.slice(0, 12)}`),
  );
});
