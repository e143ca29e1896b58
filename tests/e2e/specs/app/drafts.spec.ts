// Typed input is never lost: a form left half typed (through the bottom bar, or a closed tab)
// offers its input back when it opens again, for a new record and for an existing one; a saved
// form, or one opened and left unchanged, offers nothing.
import { test, expect, MESSAGES } from '../../fixtures/app';
import { ActivitiesPage } from '../../fixtures/activities-page';
import { PeoplePage } from '../../fixtures/people-page';

const t = MESSAGES.en;

test('a new activity left half typed through the bottom bar comes back', async ({ app, page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the bottom bar is the phone’s');
  const activities = new ActivitiesPage(page);
  await app.open('/');
  await activities.open();
  await page.getByRole('link', { name: activities.t.new }).click();
  await page.getByLabel(activities.t.title, { exact: true }).fill('迎新晚会');
  await page.locator('#activity-date').fill('2026-12-20');
  const bar = page.getByRole('navigation', { name: t.nav.main });
  await bar.getByRole('link', { name: t.nav.people, exact: true }).click();
  await expect(page.locator('main h1')).toHaveText(t.nav.people);

  await bar.getByRole('link', { name: t.nav.activities, exact: true }).click();
  await page.getByRole('link', { name: activities.t.new }).click();
  const offer = page.getByTestId('draft-offer');
  await expect(offer).toContainText(t.drafts.offer.split('{{')[0].trim());
  await expect(page.getByLabel(activities.t.title, { exact: true })).toHaveValue('');
  await offer.getByRole('button', { name: t.drafts.restore }).click();
  await expect(offer).toHaveCount(0);
  await expect(page.getByLabel(activities.t.title, { exact: true })).toHaveValue('迎新晚会');
  await expect(page.locator('#activity-date')).toHaveValue('2026-12-20');
  // The restored input is the form's own: it saves.
  await page.getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(page.locator('main h1')).toHaveText('迎新晚会');

  // Saved: the form opens empty, with nothing offered.
  await activities.open();
  await page.getByRole('link', { name: activities.t.new }).click();
  await expect(page.getByLabel(activities.t.title, { exact: true })).toBeVisible();
  await page.waitForTimeout(300);
  await expect(page.getByTestId('draft-offer')).toHaveCount(0);
  expect(app.problems).toEqual([]);
});

test('an existing record’s edit survives a closed tab, and a discarded one is gone', async ({ app, page }) => {
  const people = new PeoplePage(page);
  await app.open('/');
  await people.addUnit('生活部');
  await people.unit('生活部').click();
  const name = page.getByLabel(t.people.unit_form.name_zh);
  await expect(name).toHaveValue('生活部');
  const unitPage = page.url();
  await name.fill('生活与权益部');

  await page.goto(unitPage);
  const offer = page.getByTestId('draft-offer');
  await expect(offer).toBeVisible();
  await expect(name).toHaveValue('生活部');
  await offer.getByRole('button', { name: t.drafts.restore }).click();
  await expect(name).toHaveValue('生活与权益部');

  // Typed back to what it was, then left: nothing to offer.
  await name.fill('生活部');
  await page.goto(unitPage);
  await expect(name).toHaveValue('生活部');
  await page.waitForTimeout(300);
  await expect(offer).toHaveCount(0);

  // Discarded: gone for good.
  await name.fill('生活部二');
  await page.goto(unitPage);
  await offer.getByRole('button', { name: t.drafts.discard }).click();
  await expect(offer).toHaveCount(0);
  await page.goto(unitPage);
  await expect(name).toHaveValue('生活部');
  await page.waitForTimeout(300);
  await expect(offer).toHaveCount(0);
  expect(app.problems).toEqual([]);
});
