// Links typed by users open only when they are http or https: a `javascript:` link is kept as
// text and never becomes a link; an https one does.
import { test, expect, MESSAGES } from '../../fixtures/app';
import { ActivitiesPage } from '../../fixtures/activities-page';

const t = MESSAGES.en.activities;

test('publicity with a javascript: link shows it as text, an https link as a link', async ({ app, page }) => {
  const activities = new ActivitiesPage(page);
  await activities.newActivity('第二届校园模拟招聘会');
  await activities.addPublicity('article', '招聘会报道', 'javascript:alert(document.cookie)');
  const bad = activities.publicity('招聘会报道');
  await expect(bad).toContainText('javascript:alert(document.cookie)');
  await expect(bad).toContainText(t.link_as_text);
  await expect(bad.locator('a')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);

  await activities.addPublicity('media', '市晚报报道', 'https://news.example.edu.cn/2026/11/fair');
  const good = activities.publicity('市晚报报道');
  await expect(good.getByRole('link', { name: 'https://news.example.edu.cn/2026/11/fair' }))
    .toHaveAttribute('href', 'https://news.example.edu.cn/2026/11/fair');

  // Corrected to a safe link, the first one becomes a link too.
  await bad.getByRole('button', { name: `Edit 招聘会报道` }).click();
  await expect(page.locator('#publicity-link')).toHaveValue('javascript:alert(document.cookie)');
  await page.locator('#publicity-link').fill('http://example.com/report');
  await page.locator('form[aria-labelledby="publicity-form-heading"]').getByRole('button', { name: MESSAGES.en.form.save, exact: true }).click();
  await expect(activities.publicity('招聘会报道').getByRole('link')).toHaveAttribute('href', 'http://example.com/report');
  expect(await app.seriousAccessibilityViolations()).toEqual([]);
});
