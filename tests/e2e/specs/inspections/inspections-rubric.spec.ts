// The union defines its rubric through the form (items by part of the room, deductions, veto
// items, bands); every error sits on its row; each change of the scoring is a new version, and
// a round keeps the version it began with. Then axe and one language on every page of buildings,
// rooms, rubrics, rounds and the corridor, in both languages, with the sample union.
import { test, expect, MESSAGES, loadSample } from '../../fixtures/app';
import { InspectionsPage, RUBRIC } from '../../fixtures/inspections-page';

const t = MESSAGES.en.inspections;

test('a rubric defined in the form is versioned, and a round keeps the version it began with', async ({ app, page }) => {
  // Three versions, a building, a round and the corridor in one story.
  test.setTimeout(90_000);
  const ins = new InspectionsPage(page);
  await app.open('/inspections/rubrics');
  await expect(page.getByTestId('rubrics')).toContainText(t.rubrics_none);
  await page.getByRole('link', { name: t.rubric_new }).click();
  await ins.fillRubric('', [{ label: '地面', points: '20', deduction: '2.55' }, { label: '', points: '10' }], [['优秀', '90'], ['合格', '90']]);
  await ins.save();
  await expect(page.getByRole('alert').first()).toContainText(MESSAGES.en.form.fix_problems.replace('{{ count }}', '4'));
  const items = page.getByTestId('rubric-item');
  await expect(items.nth(0).locator('.field-error').nth(3)).toHaveText(MESSAGES.en.form.too_many_decimals);
  await expect(items.nth(1).getByLabel(t.item, { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('rubric-band').nth(1).locator('.field-error').nth(1)).toHaveText(MESSAGES.en.form.taken);
  expect(await app.seriousAccessibilityViolations(), 'the form with its errors').toEqual([]);

  await page.goto('/inspections/rubrics');
  const rubric = await ins.defineRubric('宿舍卫生检查细则');
  await expect(page.getByTestId('rubric-item')).toHaveCount(RUBRIC.length);
  await expect(page.getByTestId('rubric-rounds')).toContainText(t.used_none);

  // Only a note: the same version.
  await page.getByLabel(MESSAGES.en.people.member_form.notes).fill('生活部制定');
  await ins.save();
  await expect(page.getByTestId('rubric-version')).toHaveText('version 1');

  await ins.addBuilding('东区3号楼');
  await ins.addRooms('301-304', '3');
  await expect(ins.rooms()).toHaveCount(4);
  const round = await ins.newRound('九月宿舍常规检查', '2026-09-24', ['东区3号楼']);
  await expect(page.locator('main')).toContainText('Scored with 宿舍卫生检查细则, version 1');
  await expect(page.getByTestId('round-progress')).toHaveText(ins.progress(0, 4));

  // A heavier deduction is a new version; the round still scores with version 1.
  await page.goto(rubric);
  await page.getByTestId('rubric-item').nth(0).getByLabel(t.deduction, { exact: true }).fill('5');
  await ins.save();
  await expect(page.getByTestId('rubric-version')).toHaveText('version 2');
  await expect(page.getByTestId('rubric-rounds')).toContainText('九月宿舍常规检查');
  await expect(page.getByTestId('rubric-rounds')).toContainText('version 1');
  await page.goto(round);
  await expect(page.locator('main')).toContainText('Scored with 宿舍卫生检查细则, version 1');

  // While nothing is scored the officer may take the new version, and only when asked.
  await page.getByLabel(t.title, { exact: true }).fill('九月常规检查');
  await ins.save();
  await page.reload();
  await expect(page.locator('main')).toContainText('version 1');
  await page.getByLabel(t.recopy).check();
  await ins.save();
  await page.reload();
  await expect(page.locator('main')).toContainText('Scored with 宿舍卫生检查细则, version 2');

  // Scored once, the copy stays whatever happens to the rubric.
  await page.getByRole('link', { name: t.score_rooms }).click();
  await ins.fault('地面').click();
  await expect(ins.total()).toContainText('95 points');
  await page.goto(round);
  await expect(page.getByLabel(t.recopy)).toHaveCount(0);
  await page.goto(rubric);
  await page.getByTestId('rubric-item').nth(0).getByLabel(t.deduction, { exact: true }).fill('10');
  await ins.save();
  await expect(page.getByTestId('rubric-version')).toHaveText('version 3');
  await page.goto(`${round}/score`);
  // The corridor opens at the next room still to score; the one scored is a jump away.
  await ins.jump('✓ 东区3号楼 301');
  await expect(ins.total()).toContainText('95 points');
});


for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh']] as const) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    test('axe finds nothing serious on the inspection pages, which speak one language', async ({ app, page }) => {
      test.setTimeout(90_000);
      const m = MESSAGES[lang];
      const check = async (what: string, strings = true) => {
        await app.ready();
        expect(await app.seriousAccessibilityViolations(), what).toEqual([]);
        if (!strings) return;
        // Names typed by users (the sample's buildings, rubric and rooms) are in Chinese.
        const other = lang === 'zh' ? await app.otherLanguage(lang) : [];
        expect(other, `other language on ${what}`).toEqual([]);
      };
      await app.open('/inspections/buildings');
      await check('no buildings');
      await app.open('/inspections/rubrics');
      await check('no rubrics');
      await app.open('/inspections/rubrics/new');
      await check('a new rubric');
      await app.open('/inspections/rounds/new');
      await check('a new round');
      await app.open('/');
      await loadSample(page, m);
      await app.open('/inspections/buildings');
      await expect(page.getByTestId('buildings').locator('.record-row')).toHaveCount(2);
      await check('buildings');
      await page.getByRole('link', { name: /东区3号楼/ }).click();
      await expect(page.getByTestId('rooms').locator('.room-line')).toHaveCount(4);
      await check('a building');
      await page.getByTestId('rooms').getByRole('link', { name: /301/ }).click();
      await expect(page.locator('main h1')).toHaveText('东区3号楼 301');
      await check('a room');
      await app.open('/inspections/rubrics');
      await page.getByRole('link', { name: /宿舍卫生检查细则/ }).click();
      await expect(page.getByTestId('rubric-rounds').locator('.record-row')).toHaveCount(2);
      await check('a rubric');
      await page.getByTestId('rubric-rounds').getByRole('link', { name: /十月/ }).click();
      await expect(page.getByTestId('round-progress')).toHaveText(fill(m.inspections.progress, 8, 8));
      await check('a round');
      await page.getByRole('link', { name: m.inspections.score_rooms }).click();
      await expect(page.getByTestId('score-all-done')).toBeVisible();
      await check('the corridor');
    });
  });
}

function fill(text: string, scored: number, total: number) {
  return text.replace('{{ scored }}', String(scored)).replace('{{ total }}', String(total));
}
