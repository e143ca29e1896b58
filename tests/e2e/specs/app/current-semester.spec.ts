// With terms in the book, Home and the header name the semester that holds today even before
// one is chosen in Settings, and new records start in it.
import { test, expect, MESSAGES } from '../../fixtures/app';

const t = MESSAGES.en;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test('the semester holding today is current until Settings chooses another', async ({ app, page }) => {
  await app.open('/');
  await expect(page.getByText(t.home.no_term)).toBeVisible();
  const year = new Date().getFullYear();
  await app.open('/people/terms');
  await page.getByLabel(t.terms.number).fill('6');
  await page.getByLabel(t.terms.starts, { exact: true }).first().fill(day(-100));
  await page.getByLabel(t.terms.ends, { exact: true }).first().fill(day(200));
  await page.getByRole('button', { name: t.terms.add_term }).click();
  await page.getByLabel(t.terms.term, { exact: true }).selectOption({ label: 'The 6th Student Union' });
  await page.getByLabel(t.terms.start_year).fill(String(year));
  await page.getByLabel(t.terms.half).selectOption({ label: t.terms.first });
  await page.locator('#semester-starts').fill(day(-10));
  await page.locator('#semester-ends').fill(day(10));
  await page.getByRole('button', { name: t.terms.add_semester }).click();

  const label = `First semester of ${year}–${year + 1}`;
  await app.open('/');
  await expect(page.locator('.term-line')).toContainText(label);
  await expect(page.getByText(t.home.no_term)).toHaveCount(0);
  await expect(page.locator('.top-bar')).toContainText(label);
  // A new recruitment round starts in it.
  await app.open('/people/recruitment');
  await expect(page.locator('#semester-filter')).toHaveValue(/.+/);
});
