// "Coming up" on Home: an activity still to come is listed, linked to its page; one that was
// held is not; and with nothing coming up there is no section at all.
import { test, expect, MESSAGES } from '../../fixtures/app';
import { ActivitiesPage, day } from '../../fixtures/activities-page';

const t = MESSAGES.en.activities;

test('Home shows what is coming up, and nothing when nothing is', async ({ app, page }) => {
  await app.open('/');
  await expect(page.getByRole('heading', { name: MESSAGES.en.home.areas })).toBeVisible();
  await expect(page.getByTestId('coming-up')).toHaveCount(0);

  const activities = new ActivitiesPage(page);
  const soon = await activities.newActivity('手抄报比赛', day(10).iso);
  await activities.newActivity('健康心理讲座', day(3).iso);
  await activities.forward('approved');
  await activities.forward('preparing');
  await activities.forward('held');

  await app.open('/');
  const coming = page.getByTestId('coming-up');
  await expect(coming.getByRole('heading', { name: t.coming_up })).toBeVisible();
  await expect(coming.locator('.record-row')).toHaveCount(1);
  const link = coming.getByRole('link', { name: /手抄报比赛/ });
  await expect(link).toContainText(day(10).en);
  await expect(link).toContainText(t.status.planned);
  await link.click();
  await expect(page).toHaveURL(soon);
  await expect(app.heading()).toHaveText('手抄报比赛');
});
