// A selection run to its winners through the UI: nominees found in the register, judges from
// the members, two ballots (a score with two decimals refused on its field), the tally with a
// tie at the cut, and the officer choosing the winner (with undo); axe in both languages.
import { test, expect, MESSAGES, loadSample } from '../../fixtures/app';
import { JudgingPage } from '../../fixtures/selections-page';

const t = MESSAGES.en;

test('a selection goes from nominees to a winner the officer picks out of a tie', async ({ app, page }) => {
  await app.open('/');
  await loadSample(page, t);
  const judging = new JudgingPage(page);
  await judging.newSelection('Star of Tomorrow, spring', { max: '10', places: '1' });

  // Nominees found by name; one taken off and put back with Undo.
  await judging.nominate('刘子涵', '刘子涵');
  await judging.nominate('孙雨桐', '孙雨桐');
  await judging.nominate('黄诗琪', '黄诗琪');
  await judging.remove('nominees', '黄诗琪');
  await expect(judging.chosen('nominees')).toHaveCount(2);
  await judging.undo();
  await expect(judging.chosen('nominees')).toHaveCount(3);

  await judging.addJudge('林晓东');
  await judging.addJudge('王佳怡');

  // A score with two decimals is refused on its own field; nothing is saved.
  await judging.score('林晓东', { 刘子涵: '9.5', 孙雨桐: '8.55', 黄诗琪: '7' });
  const bad = page.locator('form.scores').getByLabel('孙雨桐', { exact: true });
  await expect(bad).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('form.scores .field-error').filter({ hasText: t.form.too_many_decimals })).toBeVisible();
  await expect(page.getByTestId('waiting')).toContainText('林晓东');
  await judging.score('林晓东', { 孙雨桐: '9' });
  await expect(page.locator('.notice-bar')).toContainText(t.selections.ballot_saved.replace('{{ name }}', '林晓东'));
  await expect(page.getByTestId('waiting')).toHaveText(
    t.selections.waiting.replace('{{ names }}', t.selections.left.replace('{{ name }}', '王佳怡').replace('{{ count }}', '3')),
  );
  await judging.score('王佳怡', { 刘子涵: '8.5', 孙雨桐: '9', 黄诗琪: '8' });
  await expect(page.getByTestId('waiting')).toHaveText('');

  // Both means are exactly 9: a tie at the one place, said plainly, nobody proposed.
  await expect(judging.tally()).toHaveCount(3);
  await expect(judging.row('刘子涵').locator('.tally-rank')).toHaveText('1');
  await expect(judging.row('孙雨桐').locator('.tally-rank')).toHaveText('1');
  await expect(judging.row('黄诗琪').locator('.tally-rank')).toHaveText('3');
  await expect(judging.row('孙雨桐')).toContainText('9 · ');
  await expect(page.locator('.status.tie')).toContainText('刘子涵');
  await expect(page.locator('.status.tie')).toContainText('孙雨桐');
  await expect(page.getByTestId('tally').locator('.badge')).toHaveCount(0);

  // The officer picks 孙雨桐; a second pick is undone.
  await judging.winnerButton('孙雨桐').click();
  await expect(judging.winnerButton('孙雨桐')).toHaveAttribute('aria-pressed', 'true');
  await judging.winnerButton('刘子涵').click();
  await expect(judging.winnerButton('刘子涵')).toHaveAttribute('aria-pressed', 'true');
  await judging.undo();
  await expect(judging.winnerButton('刘子涵')).toHaveAttribute('aria-pressed', 'false');

  await page.reload();
  await app.ready();
  await expect(judging.winnerButton('孙雨桐')).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: t.selections.back }).click();
  const row = page.getByTestId('selections').locator('.record-row').filter({ hasText: 'Star of Tomorrow, spring' });
  await expect(row.locator('.badge')).toHaveText(t.selections.decided);
});

test('a vote: each tap saves, the most votes win, the confirmed proposal can be undone', async ({ app, page }) => {
  await app.open('/');
  await loadSample(page, t);
  const judging = new JudgingPage(page);
  await judging.newSelection('Best volunteer', { method: 'votes', places: '1' });
  await judging.nominate('刘子涵', '刘子涵');
  await judging.nominate('孙雨桐', '孙雨桐');
  await judging.addJudge('林晓东');
  await judging.addJudge('王佳怡');
  await page.getByLabel(t.selections.whose).selectOption({ label: '林晓东' });
  await page.locator('.votes').getByRole('button', { name: '孙雨桐' }).click();
  await expect(page.locator('.votes').getByRole('button', { name: '孙雨桐' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel(t.selections.whose).selectOption({ label: '王佳怡' });
  await page.locator('.votes').getByRole('button', { name: '孙雨桐' }).click();
  await expect(page.getByTestId('waiting')).toHaveText('');
  await expect(judging.row('孙雨桐')).toContainText(t.selections.votes.replace('{{ count }}', '2'));
  await expect(judging.row('孙雨桐').locator('.badge')).toHaveText(t.selections.proposed);
  await page.getByRole('button', { name: t.selections.confirm }).click();
  await expect(judging.winnerButton('孙雨桐')).toHaveAttribute('aria-pressed', 'true');
  await judging.undo();
  await expect(judging.winnerButton('孙雨桐')).toHaveAttribute('aria-pressed', 'false');
});


for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh']] as const) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    test('axe finds nothing serious on the selections pages, which speak one language', async ({ app, page }) => {
      const m = MESSAGES[lang];
      await app.open('/awards/selections');
      await expect(page.getByTestId('selections')).toContainText(m.selections.none);
      expect(await app.seriousAccessibilityViolations(), 'the empty list').toEqual([]);
      await app.open('/awards/selections/new');
      await page.getByRole('button', { name: m.form.save, exact: true }).click();
      await expect(page.getByRole('alert').first()).toBeVisible();
      expect(await app.seriousAccessibilityViolations(), 'the form with its errors').toEqual([]);
      await app.open('/');
      await loadSample(page, m);
      await app.open('/awards/selections');
      await page.getByTestId('selections').getByRole('link', { name: /明日之星/ }).click();
      await app.ready();
      await expect(page.getByTestId('tally').locator('.tally-row')).toHaveCount(6);
      await page.getByLabel(m.selections.whose).selectOption({ index: 1 });
      expect(await app.seriousAccessibilityViolations(), 'the sample selection').toEqual([]);
      // Only the officers' own typed names and titles may be in the other language.
      const other = await app.otherLanguage(lang);
      if (lang === 'zh') expect(other, 'Latin text on the selection page').toEqual([]);
    });
  });
}
