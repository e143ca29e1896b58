// Publishing an issue of a periodical: a new periodical, an issue with an editor found by
// pinyin initials, two articles (one author from the book, one typed), the steps to published
// with the day, a step back and its undo, the link opened only when it is http or https, and
// the articles as CSV. Then axe on the publications pages in both languages.
import { readFileSync } from 'node:fs';
import { test, expect, MESSAGES, AppPage, loadSample } from '../../fixtures/app';
import { fill } from '../../fixtures/activities-page';
import { PublicationsPage } from '../../fixtures/publications-page';

/** Text in Latin letters on a Chinese page (links typed by users are marked lang="zxx"). */
async function english(app: AppPage) {
  return (await app.shownStrings()).map((s) => s.replaceAll('CSV', '').replaceAll(MESSAGES.en.app_name, '')).filter((s) => /[A-Za-z]/.test(s));
}

const m = MESSAGES.en;
const t = m.publications;

test('an issue of a periodical is edited, its articles added, and it is published with a link', async ({ app, page }, testInfo) => {
  test.slow();
  await app.open('/');
  await loadSample(page, m);
  const pubs = new PublicationsPage(page);
  await pubs.newPeriodical('校园之声', 'Propaganda Department', 'biweekly');
  await expect(page.locator('.facts')).toContainText('Propaganda Department');
  await expect(page.locator('.facts')).toContainText(t.frequencies.biweekly);
  await expect(page.getByTestId('issues')).toContainText(t.issues_none);

  await pubs.newIssue('1', '迎新特辑', '2026-11-30');
  await expect(app.heading()).toHaveText(`校园之声 ${fill(t.issue_name, { number: '1' })}`);
  await expect(pubs.status()).toHaveText(t.status.planned);
  await pubs.choosePerson('issue-editors', 'zhr', '郑浩然');
  await pubs.saveIssue();
  await expect(page.locator('.facts')).toContainText('郑浩然');

  await pubs.choosePerson('article-authors', '黄诗', '黄诗琪');
  await pubs.addArticle('迎新晚会回顾', '1-2');
  await pubs.addArticle('新生采访', '3', '校外投稿');
  await expect(pubs.articles()).toHaveCount(2);
  await expect(pubs.articles().first()).toContainText('黄诗琪');
  await expect(pubs.articles().nth(1)).toContainText('校外投稿');
  // Corrected in the form below the list, keeping its place.
  await pubs.article('迎新晚会回顾').getByRole('button', { name: fill(m.activities.edit_named, { name: '迎新晚会回顾' }) }).click();
  await expect(page.locator('#article-title')).toHaveValue('迎新晚会回顾');
  await page.locator('#article-pages').fill('1-3');
  await page.locator('form[aria-labelledby="article-form-heading"]').getByRole('button', { name: m.form.save, exact: true }).click();
  await expect(pubs.articles().first()).toContainText('1-3');
  await expect(pubs.articles()).toHaveCount(2);

  await pubs.forward('editing');
  await pubs.forward('published', '2026-12-01');
  await expect(page.locator('.step[data-step="published"]')).toContainText(fill(t.published_on, { date: '1 Dec 2026' }));
  await pubs.back('editing');
  await expect(page.locator('.step[data-step="published"]')).not.toContainText('2026');
  await pubs.undo();
  await expect(pubs.status()).toHaveText(t.status.published);
  await expect(page.locator('.step[data-step="published"]')).toContainText('1 Dec 2026');

  // A javascript: link is kept as text, never a link; an https one opens.
  await page.locator('#issue-link').fill('javascript:alert(document.cookie)');
  await pubs.saveIssue();
  const link = page.getByTestId('issue-link');
  await expect(link).toContainText('javascript:alert(document.cookie)');
  await expect(link).toContainText(m.activities.link_as_text);
  await expect(link.locator('a')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await page.locator('#issue-link').fill('https://union.example.edu.cn/voice/1.pdf');
  await pubs.saveIssue();
  await expect(link.getByRole('link')).toHaveAttribute('href', 'https://union.example.edu.cn/voice/1.pdf');

  // An article deleted comes back with Undo.
  await pubs.article('新生采访').getByRole('button', { name: fill(m.form.delete_named, { name: '新生采访' }) }).click();
  await expect(pubs.articles()).toHaveCount(1);
  await pubs.undo();
  await expect(pubs.articles()).toHaveCount(2);

  // The articles as a spreadsheet: UTF-8 with a BOM, in their order.
  const download = page.waitForEvent('download');
  await page.locator('section[aria-labelledby="articles-heading"]').getByRole('button', { name: m.csv.button }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^articles-\d{4}-\d{2}-\d{2}\.csv$/);
  const saved = testInfo.outputPath('articles.csv');
  await file.saveAs(saved);
  const bytes = readFileSync(saved);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines.slice(0, 3)).toEqual(['Article title,Authors,Pages', '迎新晚会回顾,黄诗琪,1-3', '新生采访,校外投稿,3']);

  await pubs.open();
  await expect(pubs.periodical('校园之声').getByTestId('latest'))
    .toHaveText(fill(t.latest, { issue: fill(t.issue_name, { number: '1' }), status: t.status.published }));
  expect(await app.seriousAccessibilityViolations()).toEqual([]);
});

test('the periodicals list says what to do when there is none', async ({ app, page }) => {
  const pubs = new PublicationsPage(page);
  await app.open('/');
  await pubs.open();
  await expect(page.getByTestId('periodicals')).toHaveText(t.none);
  expect(await app.seriousAccessibilityViolations()).toEqual([]);
});

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh']] as const) {
  test(`axe finds nothing serious on the publications pages in ${locale}`, async ({ browser, baseURL }) => {
    test.slow();
    const context = await browser.newContext({ baseURL, locale });
    const page = await context.newPage();
    const app = new AppPage(page, new URL(baseURL!).origin);
    const tl = MESSAGES[lang].publications;
    await app.open('/');
    await loadSample(page, MESSAGES[lang]);
    const pubs = new PublicationsPage(page, lang);
    await pubs.open();
    await expect(page.getByTestId('periodicals').locator('.record-row')).toHaveCount(2);
    expect(await app.seriousAccessibilityViolations(), 'the periodicals').toEqual([]);
    if (lang === 'zh') expect(await english(app), 'English on the periodicals in Chinese').toEqual([]);
    await pubs.periodical('生活之窗').click();
    await expect(page.getByTestId('issues').locator('.record-row')).toHaveCount(2);
    expect(await app.seriousAccessibilityViolations(), 'a periodical').toEqual([]);
    await page.getByTestId('issues').locator('.record-row').first().click();
    await expect(pubs.articles()).toHaveCount(4);
    await expect(pubs.status()).toHaveText(tl.status.published);
    await expect(page.getByTestId('issue-link').getByRole('link')).toHaveCount(1);
    expect(await app.seriousAccessibilityViolations(), 'an issue').toEqual([]);
    if (lang === 'zh') expect(await english(app), 'English on an issue in Chinese').toEqual([]);
    expect(app.problems).toEqual([]);
    await context.close();
  });
}
