// An activity through its whole lifecycle, in a series: a series made, its 1st edition and a
// 2nd linked to it, the 2nd moved through every status to summarised with each step's day
// shown, one step taken back and undone, and the series' page listing both editions.
import { test, expect, MESSAGES } from '../../fixtures/app';
import { ActivitiesPage, day, fill } from '../../fixtures/activities-page';

const t = MESSAGES.en.activities;

test('a 2nd edition in a series goes from planned to summarised, each step dated, a step back undone', async ({ app, page }) => {
  test.setTimeout(60_000);
  const activities = new ActivitiesPage(page);
  const series = await activities.newSeries('青春飞扬演讲比赛', 'Youth Flying Speech Competition');
  const first = await activities.addNextEdition('1st');
  await expect(app.heading()).toHaveText('The 1st Youth Flying Speech Competition');
  await page.goto(series);
  await expect(page.locator('#edition-number')).toHaveValue('2');
  await expect(page.locator('#edition-title')).toHaveValue('The 2nd Youth Flying Speech Competition');
  const second = await activities.addNextEdition('2nd', day(20).iso);
  await expect(page.getByTestId('edition-name')).toHaveText('The 2nd Youth Flying Speech Competition');
  await expect(page.getByRole('link', { name: fill(t.previous_edition, { name: 'The 1st Youth Flying Speech Competition' }) }))
    .toHaveAttribute('href', new URL(first).pathname);

  // Planned today, as it was made; then each step on the day given.
  await expect(activities.status()).toHaveText(t.status.planned);
  await expect(activities.step('planned')).toContainText(day(0).en);
  await expect(activities.step('approved')).toContainText(t.not_yet);
  await activities.forward('approved');
  await expect(activities.step('approved')).toContainText(day(0).en);
  // A step cannot come before the one it follows; the error is on the day's field.
  await page.locator('#step-day').fill(day(-3).iso);
  await page.getByRole('button', { name: fill(t.forward, { status: t.status.preparing }) }).click();
  await expect(page.locator('#step-day')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#step-day-error')).toHaveText(fill(t.before_previous, { date: day(0).en }));
  await expect(activities.status()).toHaveText(t.status.approved);
  await activities.forward('preparing', day(2).iso);
  await activities.forward('held', day(20).iso);
  await activities.forward('summarised', day(25).iso);
  for (const [word, offset] of [['planned', 0], ['approved', 0], ['preparing', 2], ['held', 20], ['summarised', 25]] as const) {
    await expect(activities.step(word)).toContainText(day(offset).en);
  }
  await expect(page.getByRole('button', { name: t.cancel })).toHaveCount(0);
  // Once held, the summary can be written.
  await page.getByLabel(t.outcome).fill('16名选手参赛');
  await page.getByRole('button', { name: MESSAGES.en.form.save, exact: true }).click();
  await expect(page.locator('.notice-bar')).toContainText(fill(t.saved, { name: 'The 2nd Youth Flying Speech Competition' }));

  // One step back clears the day; the notice's Undo puts both back.
  await activities.back('held');
  await expect(activities.step('summarised')).toContainText(t.not_yet);
  await activities.undo();
  await expect(activities.status()).toHaveText(t.status.summarised);
  await expect(activities.step('summarised')).toContainText(day(25).en);

  // The series lists both editions, in order, with their status.
  await page.goto(series);
  const editions = page.getByTestId('editions').locator('.record-row');
  await expect(editions).toHaveCount(2);
  await expect(editions.nth(0)).toContainText('The 1st Youth Flying Speech Competition');
  await expect(editions.nth(0)).toContainText(t.status.planned);
  await expect(editions.nth(1)).toContainText('The 2nd Youth Flying Speech Competition');
  await expect(editions.nth(1)).toContainText(t.status.summarised);
  await expect(editions.nth(1)).toContainText(day(20).en);
  await expect(page.locator('#edition-number')).toHaveValue('3');
  await expect(editions.nth(1)).toHaveAttribute('href', new URL(second).pathname);

  // Cancelled before it is held, the 1st goes ahead again at the step it was at.
  await page.goto(first);
  await activities.forward('approved');
  await page.getByRole('button', { name: t.cancel }).click();
  await expect(activities.status()).toHaveText(t.status.cancelled);
  await expect(page.getByTestId('cancelled')).toHaveText(fill(t.cancelled_on, { date: day(0).en }));
  await page.getByRole('button', { name: fill(t.restore, { status: t.status.approved }) }).click();
  await expect(activities.status()).toHaveText(t.status.approved);
  await expect(page.getByTestId('cancelled')).toHaveCount(0);

  // And the list filtered by the series finds both.
  await activities.open();
  await page.locator('#semester-filter').selectOption('');
  await page.locator('#filter-series').selectOption({ label: 'Youth Flying Speech Competition' });
  await expect(page.getByTestId('activities').locator('.record-row')).toHaveCount(2);
  await page.locator('#filter-status').selectOption('summarised');
  await expect(page.getByTestId('activities').locator('.record-row')).toHaveCount(1);
});
