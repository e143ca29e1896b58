// The summary's outputs from the sample union: the Markdown and Word downloads (with their
// names, a Word file that is a zip holding the document and every section heading), and the A4
// print view in both languages — printed, no navigation, no table wider than the page, every
// section; a PDF; axe-clean and in one language.
import { test, expect, loadSample, MESSAGES } from '../../fixtures/app';
import { SECTIONS, SummaryPrintPage, fileStem, zipEntries } from '../../fixtures/summary-print-page';

test('the summary downloads as Markdown and Word and prints on A4 in both languages', async ({ app, page }) => {
  test.setTimeout(90_000);
  const summary = new SummaryPrintPage(page);
  await app.open('/');
  await loadSample(page);
  await app.open('/summary');
  await expect(summary.downloads()).toBeVisible();

  // English, the app's language, is the default.
  const markdown = await summary.download(/Markdown/);
  expect(markdown.name).toMatch(/\.md$/);
  const text = markdown.bytes.toString('utf8');
  const title = text.split('\n')[0].replace(/^# /, '').replace(/\\(.)/g, '$1');
  expect(markdown.name).toBe(`${fileStem(title)}.md`);
  for (const heading of SECTIONS.en) expect(text).toContain(`\n## ${heading}\n`);

  await summary.chooseLanguage('中文');
  const word = await summary.download(/Word/);
  expect(word.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const entries = zipEntries(word.bytes);
  expect([...entries.keys()]).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
  const document = entries.get('word/document.xml')!.toString('utf8');
  for (const heading of SECTIONS.zh) expect(document).toContain(heading);
  expect(entries.get('word/styles.xml')!.toString('utf8')).toContain('w:eastAsia="zh-CN"');
  await expect(page.locator('.notice-bar')).toContainText(word.name);

  for (const lang of ['zh', 'en'] as const) {
    await app.open('/summary');
    await summary.chooseLanguage(lang === 'zh' ? '中文' : 'English');
    await summary.openPrintView();
    await expect(summary.view()).toHaveAttribute('lang', lang);
    await expect(page).toHaveURL(new RegExp(`/print/${lang}$`));
    const printed = (await summary.view().locator('h1').textContent())!;
    if (lang === 'zh') expect(word.name).toBe(`${fileStem(printed)}.docx`);
    expect(await app.seriousAccessibilityViolations(), `print view in ${lang}`).toEqual([]);
    // Around a Chinese document the app still speaks English; the tab's title is the document's
    // (it names the saved PDF). The sample's own names are Chinese, so an English document is not checked so.
    if (lang === 'zh') expect(await app.otherLanguage('en', [MESSAGES.en.app_name, printed]), 'the app around the document').toEqual([]);

    await page.emulateMedia({ media: 'print' });
    await expect(app.navigation()).toHaveCount(0);
    await expect(page.locator('.top-bar')).toBeHidden();
    await expect(page.locator('.print-toolbar')).toBeHidden();
    await expect(summary.view().locator('h2')).toHaveText([...SECTIONS[lang]]);
    expect(await summary.overflowingTables()).toEqual([]);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(1000);
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    await page.emulateMedia({ media: 'screen' });
  }

  await page.getByRole('link', { name: 'Back to the summary', exact: true }).click();
  await expect(page).toHaveURL(/\/summary\/[^/]+$/);
  await expect(summary.downloads()).toBeVisible();
});

test('a print view of a period the book does not have says so, with the way back', async ({ app, page }) => {
  await app.open('/summary/zzzzzzzzzzzzzzzz/print/zh');
  await expect(page.locator('article.print-view')).toHaveAttribute('lang', 'zh');
  await expect(app.heading()).toHaveText('找不到这个学期或这一届');
  await expect(page.locator('article.print-view').getByRole('link')).toHaveAttribute('href', '/summary');
  expect(await app.seriousAccessibilityViolations()).toEqual([]);
});
