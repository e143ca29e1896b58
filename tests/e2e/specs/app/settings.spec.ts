import { test, expect, MESSAGES, loadSample } from '../../fixtures/app';
import { SettingsPage } from '../../fixtures/settings-page';

test('settings are kept over a reload', async ({ app, page }) => {
  // The current semester is chosen among the book's semesters: the sample union has one.
  await app.open('/');
  await loadSample(page, MESSAGES.en);
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.fill(settings.officerName(), '李华');
  await expect(settings.status()).toHaveText(MESSAGES.en.settings.saved);
  await settings.semester().selectOption({ label: 'The 6th Student Union · First semester of 2026–2027' });

  await page.reload();
  await app.ready();
  await expect(settings.officerName()).toHaveValue('李华');
  await expect(settings.semester().locator('option:checked')).toHaveText('The 6th Student Union · First semester of 2026–2027');
  // The term and the semester, a line each.
  await expect(page.locator('.top-bar .top-bar-line')).toHaveText(['The 6th Student Union', 'First semester of 2026–2027']);

  await page.goto('/');
  await expect(app.heading()).toHaveText('Hello, 李华');
});

test('a name too long is refused with a message and not stored', async ({ app, page }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.officerName().evaluate((input: HTMLInputElement) => input.removeAttribute('maxlength'));
  await settings.fill(settings.officerName(), '名'.repeat(41));
  await expect(settings.status()).toHaveText(MESSAGES.en.settings.name_too_long.replace('{{ max }}', '40'));
  await page.reload();
  await app.ready();
  await expect(settings.officerName()).toHaveValue('');
});

test('unreadable stored settings are kept aside and the page still works', async ({ app, page }) => {
  // Stored before the app's first line runs, once: an app already running could save its own
  // settings over the broken text before the next start read it.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('broken-settings-stored')) return;
    sessionStorage.setItem('broken-settings-stored', '1');
    localStorage.setItem('unionbook.settings.v1', '{broken');
  });
  const settings = new SettingsPage(page);
  await page.goto('/settings');
  await app.ready();
  await expect(settings.status()).toHaveText(MESSAGES.en.settings.unreadable);
  expect(await page.evaluate(() => localStorage.getItem('unionbook.settings.v1.unreadable'))).toBe('{broken');
  await settings.fill(settings.officerName(), 'Wang Fang');
  await expect(settings.status()).toHaveText(MESSAGES.en.settings.saved);
});
