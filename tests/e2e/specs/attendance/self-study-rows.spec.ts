// A self-study check of a whole class on a phone: one compact row per student (at most 64 px
// tall at 390 px, the marks a segmented control of thumb-sized buttons), and the views that
// find the absent and the marked among fifty-four without scrolling past the rest.
import { test, expect, MESSAGES } from '../../fixtures/app';
import { SelfStudyPage } from '../../fixtures/self-study-page';

const CLASS = '测试 2405';
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽'];
/** Fifty-four students: 王伟, 王芳 … 周丽, student ids 2024995001 on. */
const STUDENTS = SURNAMES.flatMap((s, i) =>
  GIVEN.map((g, j) => [`20249950${String(i * GIVEN.length + j + 1).padStart(2, '0')}`, `${s}${g}`, CLASS] as [string, string, string]),
);

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh']] as const) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });
    test('a class of 54 fits one compact row each, and the views find the absent and the marked', async ({ app, page }) => {
      test.skip(test.info().project.name !== 'phone', 'the rows are sized for a phone');
      const t = MESSAGES[lang].self_study;
      const study = new SelfStudyPage(page, lang);
      await study.importClasses(STUDENTS);
      await study.startCheck('2026-11-16', CLASS, 54);
      await expect(study.rows()).toHaveCount(54);

      // Every row at most 64 px tall, each mark at least 44 px each way, nothing wider than the phone.
      const sizes = await study.rows().evaluateAll((rows) =>
        rows.map((row) => ({
          row: row.getBoundingClientRect().height,
          buttons: [...row.querySelectorAll('button')].map((b) => [b.getBoundingClientRect().width, b.getBoundingClientRect().height]),
        })),
      );
      for (const [i, s] of sizes.entries()) {
        expect(s.row, `row ${i} height`).toBeLessThanOrEqual(64);
        expect(s.buttons).toHaveLength(3);
        for (const [w, h] of s.buttons) {
          expect(w, `row ${i} button width`).toBeGreaterThanOrEqual(44);
          expect(h, `row ${i} button height`).toBeGreaterThanOrEqual(44);
        }
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // The three marks sit on one line, side by side.
      const tops = await study.person('王伟').getByRole('button').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().top));
      expect(new Set(tops).size).toBe(1);

      await study.mark('ww', '王伟', 'absent');
      await study.mark('zj', '赵静', 'absent');
      await study.mark('2024995054', '周丽', 'absent');
      await study.mark('ln', '刘娜', 'late');
      await study.mark('cm', '陈敏', 'excused', '校运动会志愿者');
      await expect(study.row('陈敏')).toContainText('校运动会志愿者');
      await expect(study.markButton('王伟', 'absent')).toHaveAttribute('aria-pressed', 'true');
      await expect(study.markButton('王伟', 'late')).toHaveAttribute('aria-pressed', 'false');

      // The views, with their counts; the whole class is the default.
      await expect(study.filter('all')).toHaveText(t.filter_all.replace('{{ count }}', '54'));
      await expect(study.filter('all')).toHaveAttribute('aria-pressed', 'true');
      await expect(study.filter('marked')).toHaveText(t.filter_marked.replace('{{ count }}', '5'));
      await expect(study.filter('absent')).toHaveText(t.filter_absent.replace('{{ count }}', '3'));

      await study.filter('absent').click();
      await expect(study.filter('absent')).toHaveAttribute('aria-pressed', 'true');
      await expect(study.rows()).toHaveCount(3);
      await expect(study.rows().locator('.record-title')).toHaveText(['王伟', '赵静', '周丽']);
      for (const row of await study.rows().all()) await expect(row).toHaveAttribute('data-mark', 'absent');
      // The search narrows the view, not the class: 周丽 is absent, 周伟 is not.
      await page.getByLabel(t.search, { exact: true }).fill('周');
      await expect(study.rows()).toHaveCount(1);
      await expect(study.rows()).toContainText('周丽');
      await page.getByLabel(t.search, { exact: true }).fill('');

      await study.filter('marked').click();
      await expect(study.rows()).toHaveCount(5);
      await expect(study.row('刘娜')).toHaveAttribute('data-mark', 'late');
      await expect(study.row('陈敏')).toHaveAttribute('data-mark', 'excused');
      // Taking a mark off in the marked view takes the row out of it, and the counts follow.
      await study.markButton('刘娜', 'late').click();
      await expect(study.rows()).toHaveCount(4);
      await expect(study.filter('marked')).toHaveText(t.filter_marked.replace('{{ count }}', '4'));

      await study.filter('all').click();
      await expect(study.rows()).toHaveCount(54);
      await expect(study.summary()).toContainText(lang === 'en' ? 'absent 3' : '缺勤 3');
      expect(await app.seriousAccessibilityViolations()).toEqual([]);

      // The instructions, on the check and on the overview, name the buttons as they are
      // labelled (缺勤, not the meetings' 缺席).
      const namesTheButtons = async (words: ReturnType<typeof page.locator>) => {
        for (const word of [t.mark_absent, t.mark_late, t.mark_excused]) {
          await expect(words).toContainText(lang === 'zh' ? `“${word}”` : word);
        }
        if (lang === 'zh') await expect(words).not.toContainText('缺席');
      };
      await namesTheButtons(page.locator('main .help').filter({ hasText: t.mark_late }));
      await study.open();
      await namesTheButtons(page.locator('main .lead'));
    });
  });
}
