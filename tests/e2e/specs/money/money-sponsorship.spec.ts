// A sponsorship through its steps: agreed and signed, withdrawn and undone, withdrawn and
// restored, a step back undone, received; "obligations fulfilled" refused while the logo is
// still owed, the logo ticked done (and undone, and done), then fulfilled; the list shows it.
// Axe on the list, the form and a sponsorship, in both languages; no English left in Chinese.
import { test, expect, MESSAGES } from '../../fixtures/app';
import { fill } from '../../fixtures/activities-page';
import { SettingsPage } from '../../fixtures/settings-page';
import { SponsorshipPage } from '../../fixtures/sponsorship-page';

const t = MESSAGES.en.money.sponsor;

test('a sponsorship goes to fulfilled only once its promises are done, every move undoable', async ({ app, page }) => {
  const s = new SponsorshipPage(page);
  await app.open('/money/sponsorships');
  await expect(s.list()).toHaveText(t.none);
  expect(await app.seriousAccessibilityViolations(), 'the empty list').toEqual([]);
  const url = await s.add('智联招聘', '¥2,000', ['logo']);
  await expect(s.current()).toHaveAttribute('data-step', 'contacting');

  await s.forward('agreed');
  await s.forward('signed');
  await s.withdraw();
  await expect(s.current()).toHaveCount(0);
  await s.undo();
  await expect(s.current()).toHaveAttribute('data-step', 'signed');
  await expect(page.getByTestId('cancelled')).toHaveCount(0);
  await s.withdraw();
  await s.restore('signed');
  await s.back('agreed');
  await expect(s.step('signed')).toContainText(MESSAGES.en.activities.not_yet);
  await s.undo();
  await expect(s.current()).toHaveAttribute('data-step', 'signed');
  await s.forward('received');
  await expect(page.getByRole('button', { name: t.withdraw })).toHaveCount(0);

  // Fulfilled is refused while the logo is owed, and says so.
  await s.forwardButton('fulfilled').click();
  await expect(s.problem()).toHaveText(fill(t.still_owed, { promises: t.promise.logo }));
  await expect(s.current()).toHaveAttribute('data-step', 'received');
  await s.promise('logo').check();
  await expect(page.locator('.notice-bar')).toContainText(fill(t.done, { promise: t.promise.logo }));
  await s.undo();
  await expect(s.promise('logo')).not.toBeChecked();
  await s.promise('logo').check();
  await s.forward('fulfilled');
  expect(await app.seriousAccessibilityViolations(), 'a sponsorship').toEqual([]);

  await s.open();
  const row = s.list().locator('.record-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('CN¥2,000.00');
  await expect(row).toContainText(t.status.fulfilled);

  // And in Chinese.
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.chooseLanguage('zh');
  const zh = new SponsorshipPage(page, 'zh');
  await zh.open();
  await expect(zh.list().locator('.record-row')).toContainText('¥2,000.00');
  // As language.spec: the product's name is the same in both languages.
  const latin = async () =>
    (await app.shownStrings()).filter((text) => /[A-Za-z]/.test(text.replaceAll(MESSAGES.en.app_name, '').replaceAll('CSV', '')));
  expect(await latin(), 'English on the list in Chinese').toEqual([]);
  expect(await app.seriousAccessibilityViolations(), 'the list in Chinese').toEqual([]);
  await page.goto(url);
  await expect(zh.current()).toHaveAttribute('data-step', 'fulfilled');
  expect(await latin(), 'English on a sponsorship in Chinese').toEqual([]);
  expect(await app.seriousAccessibilityViolations(), 'a sponsorship in Chinese').toEqual([]);
  await page.goto('/money/sponsorships/new');
  await page.getByRole('button', { name: MESSAGES.zh.form.save, exact: true }).click();
  await expect(page.locator('#sponsor-name')).toHaveAttribute('aria-invalid', 'true');
  expect(await latin(), 'English on the form in Chinese').toEqual([]);
  expect(await app.seriousAccessibilityViolations(), 'the form with its errors, in Chinese').toEqual([]);
});
