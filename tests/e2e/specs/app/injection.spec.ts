// Hostile text in every text field of every kind — markup, script links, a right-to-left
// override, zero-width characters, 20,000-character words, formula starts — arrives by an
// import and through the forms, and every page, notice, spreadsheet and summary output shows it
// as text: nothing runs, no link opens anything but the web, no page gets wider than the screen.
import { test, expect, loadSample, MESSAGES } from '../../fixtures/app';
import { DataPage } from '../../fixtures/data-page';
import { PeoplePage } from '../../fixtures/people-page';
import { ActivitiesPage } from '../../fixtures/activities-page';
import { SummaryPrintPage, zipEntries } from '../../fixtures/summary-print-page';
import { writeFile } from '../../fixtures/files';
import { IMG, INVISIBLE, JS_LINK, SCRIPT, formulaCells, harm, hostileBook, refuseDialogs, storedBook } from '../../fixtures/hostile';
import { go, shape, walk } from '../../fixtures/walk';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

const t = MESSAGES.en;

/** Clicks every CSV button on the page and returns the cells a spreadsheet would run. */
async function formulasInCsvs(page: Page, path: string): Promise<string[]> {
  const found: string[] = [];
  const buttons = page.getByRole('button', { name: t.csv.button });
  for (let i = 0; i < (await buttons.count()); i++) {
    const [file] = await Promise.all([page.waitForEvent('download'), buttons.nth(i).click()]);
    const text = readFileSync((await file.path())!, 'utf8');
    expect(text.length, `${path}: CSV ${i + 1}`).toBeGreaterThan(0);
    found.push(...formulaCells(text).map((c) => `${path}: CSV ${i + 1}: ${JSON.stringify(c.slice(0, 20))}`));
  }
  return found;
}

test('hostile text in every field runs nowhere and breaks no page, spreadsheet or summary', async ({ app, page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the phone is the narrowest screen');
  test.setTimeout(150_000);
  refuseDialogs(page);
  const data = new DataPage(page, testInfo.outputDir);
  await app.open('/');
  await loadSample(page);
  const file = writeFile(testInfo.outputDir, 'hostile.json', JSON.stringify(hostileBook(await storedBook(page), '0000000000000e01')));
  await data.choose(file);
  await data.apply();

  // Typed into real forms: a member's name, an activity's title and a script link as its publicity.
  const name = `=${IMG.slice(0, 38)}`;
  await new PeoplePage(page).addMember({ name });
  const member = page.url();
  const activities = new ActivitiesPage(page);
  const title = `@${SCRIPT}${INVISIBLE}`;
  await activities.newActivity(title);
  await page.locator('#publicity-title').fill(title);
  await page.locator('#publicity-link').fill(JS_LINK);
  await page.getByRole('button', { name: activities.t.add_publicity }).click();
  expect(await harm(page), 'the activity with a script link').toEqual([]);

  const problems: string[] = [];
  const started = Date.now();
  const visited = await walk(page, async (path) => {
    problems.push(...(await harm(page)).map((p) => `${path}: ${p}`));
    problems.push(...(await formulasInCsvs(page, path)));
  });
  const summary = visited.find((p) => shape(p) === '/summary/:id');
  expect(summary, 'a summary of the sample').toBeTruthy();
  for (const lang of ['zh', 'en']) {
    await go(page, `${summary}/print/${lang}`);
    problems.push(...(await harm(page)).map((p) => `print view in ${lang}: ${p}`));
  }
  testInfo.annotations.push({ type: 'walked', description: `${visited.length} pages in ${Date.now() - started} ms` });
  expect(problems).toEqual([]);
  expect(visited.length).toBeGreaterThan(60);

  // The summary's documents hold the text, escaped: Markdown renderers run raw HTML.
  await go(page, summary!);
  const outputs = new SummaryPrintPage(page);
  const markdown = (await outputs.download(/Markdown/)).bytes.toString('utf8');
  expect(markdown).toContain('\\<script\\>');
  expect(markdown).not.toMatch(/(^|[^\\])<(script|img)/i);
  expect(markdown).not.toMatch(/\]\(\s*javascript:/i);
  const word = zipEntries((await outputs.download(/Word/)).bytes).get('word/document.xml')!.toString('utf8');
  expect(word).toContain('&lt;script&gt;');
  expect(word).not.toMatch(/<(script|img)/i);

  // A deleted record's notice names it as text, and undo brings it back.
  await page.goto(member);
  await page.getByRole('button', { name: t.form.delete }).click();
  const notice = page.locator('.notice-bar');
  await expect(notice).toContainText(name.slice(0, 20));
  expect(await harm(page), 'the notice of a deletion').toEqual([]);
  await notice.getByRole('button', { name: t.notice.undo }).click();
  await expect(page.locator('main h1')).toBeVisible();
  expect(await harm(page), 'after undo').toEqual([]);
});
