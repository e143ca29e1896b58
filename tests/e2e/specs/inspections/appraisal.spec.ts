// The dormitory culture appraisal through the UI, on the sample union's buildings and rooms:
// rooms entered by building and number, two judges' scores, a building's quota applied before
// the number in all, a tie at the quota's cut the officer resolves, undo; axe in both languages.
import { test, expect, MESSAGES, loadSample } from '../../fixtures/app';
import { JudgingPage } from '../../fixtures/selections-page';

const t = MESSAGES.en;
const [EAST, WEST] = ['东区3号楼', '西区5号楼'];

test('an appraisal awards rooms within a building quota and the officer settles the tie', async ({ app, page }) => {
  await app.open('/');
  await loadSample(page, t);
  const judging = new JudgingPage(page);
  await judging.newAppraisal('Autumn culture appraisal', '2');

  const picks = page.locator('.room-picks');
  await page.getByLabel(t.inspections.building, { exact: true }).selectOption({ label: EAST });
  for (const n of ['301', '302', '303']) await picks.getByRole('button', { name: n, exact: true }).click();
  await expect(picks.getByRole('button', { name: '301', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel(t.inspections.building, { exact: true }).selectOption({ label: WEST });
  await picks.getByRole('button', { name: '501', exact: true }).click();
  await expect(judging.chosen('rooms-entered')).toHaveCount(4);
  await judging.remove('rooms-entered', `${EAST} 303`);
  await expect(judging.chosen('rooms-entered')).toHaveCount(3);
  await judging.undo();
  await expect(judging.chosen('rooms-entered')).toHaveCount(4);

  await judging.addJudge('林晓东');
  await judging.addJudge('王佳怡');
  await judging.score('林晓东', { [`${EAST} 301`]: '95', [`${EAST} 302`]: '92', [`${EAST} 303`]: '80', [`${WEST} 501`]: '85' });
  await judging.score('王佳怡', { [`${EAST} 301`]: '93', [`${EAST} 302`]: '96', [`${EAST} 303`]: '82', [`${WEST} 501`]: '84.5' });
  await expect(page.getByTestId('waiting')).toHaveText('');

  // Without a quota the two best (301 and 302, both 94) are proposed.
  await expect(judging.row(`${EAST} 301`).locator('.badge')).toHaveText(t.selections.proposed);
  await expect(judging.row(`${EAST} 302`).locator('.badge')).toHaveText(t.selections.proposed);

  // A quota that is not a number is refused on its field; then one room for the east building.
  const quota = page.getByLabel(EAST, { exact: true });
  const quotas = page.locator('form.quota').filter({ has: quota });
  await quota.fill('one');
  await quotas.getByRole('button', { name: t.form.save }).click();
  await expect(quota).toHaveAttribute('aria-invalid', 'true');
  await quota.fill('1');
  await quotas.getByRole('button', { name: t.form.save }).click();
  await expect(page.locator('.notice-bar')).toContainText(t.appraisal.quota_saved);

  await expect(judging.row(`${WEST} 501`).locator('.badge')).toHaveText(t.selections.proposed);
  await expect(judging.row(`${EAST} 301`).locator('.badge')).toHaveCount(0);
  await expect(page.locator('.status.tie')).toContainText(`${EAST} 301`);
  await expect(page.locator('.status.tie')).toContainText(`${EAST} 302`);

  // The officer picks 302 out of the tie, then confirms the proposal: both are awarded.
  await judging.winnerButton(`${EAST} 302`).click();
  await page.getByRole('button', { name: t.selections.confirm }).click();
  await expect(judging.winnerButton(`${WEST} 501`)).toHaveAttribute('aria-pressed', 'true');
  await expect(judging.winnerButton(`${EAST} 302`)).toHaveAttribute('aria-pressed', 'true');
  await expect(judging.winnerButton(`${EAST} 301`)).toHaveAttribute('aria-pressed', 'false');
  await judging.undo();
  await expect(judging.winnerButton(`${WEST} 501`)).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: t.selections.confirm }).click();

  await page.reload();
  await app.ready();
  await expect(judging.winnerButton(`${EAST} 302`)).toHaveAttribute('aria-pressed', 'true');
  await expect(judging.winnerButton(`${WEST} 501`)).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: t.appraisal.back }).click();
  const row = page.getByTestId('appraisals').locator('.record-row').filter({ hasText: 'Autumn culture appraisal' });
  await expect(row.locator('.badge')).toHaveText(t.selections.decided);
});

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh']] as const) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    test('axe finds nothing serious on the appraisal pages', async ({ app, page }) => {
      const m = MESSAGES[lang];
      await app.open('/inspections/appraisals');
      await expect(page.getByTestId('appraisals')).toContainText(m.appraisal.none);
      expect(await app.seriousAccessibilityViolations(), 'the empty list').toEqual([]);
      await app.open('/');
      await loadSample(page, m);
      const judging = new JudgingPage(page, lang);
      await judging.newAppraisal('宿舍文化评比', '1');
      await page.getByLabel(m.inspections.building, { exact: true }).selectOption({ label: EAST });
      await page.locator('.room-picks').getByRole('button', { name: '301', exact: true }).click();
      await judging.addJudge('林晓东');
      await page.getByLabel(m.selections.whose).selectOption({ label: '林晓东' });
      await page.locator('form.scores').getByRole('button', { name: m.selections.save_ballot }).click();
      expect(await app.seriousAccessibilityViolations(), 'an appraisal').toEqual([]);
      await page.locator('form.scores').getByLabel(`${EAST} 301`, { exact: true }).fill('101');
      await page.locator('form.scores').getByRole('button', { name: m.selections.save_ballot }).click();
      await expect(page.locator('form.scores [aria-invalid="true"]')).toHaveCount(1);
      expect(await app.seriousAccessibilityViolations(), 'a score out of range').toEqual([]);
    });
  });
}
