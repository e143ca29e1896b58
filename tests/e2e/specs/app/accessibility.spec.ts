import { test, expect, PAGES, MESSAGES, loadSample } from '../../fixtures/app';
import { PeoplePage } from '../../fixtures/people-page';
import { DataPage } from '../../fixtures/data-page';

for (const locale of ['en-US', 'zh-CN']) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });
    // One walk through the app rather than a test per page: a test's start costs more than a
    // page's check, and the pages are the same whichever way they are reached.
    test('axe finds nothing serious on any page', async ({ app }) => {
      test.slow();
      const found: string[] = [];
      for (const { path } of PAGES) {
        await app.go(path);
        found.push(...(await app.seriousAccessibilityViolations()).map((v) => `${path}: ${v}`));
      }
      expect(found).toEqual([]);
    });
  });
}

test('touch targets in the navigation are at least 44 px', async ({ app }) => {
  await app.open('/');
  for (const link of await app.navigation().getByRole('link').all()) {
    const box = (await link.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
  }
});

test('axe finds nothing serious on the forms, with their errors showing, and on an import preview', async ({ app, page }, testInfo) => {
  for (const path of ['/people/new-unit', '/people/new-member']) {
    await app.open(path);
    await page.getByRole('button', { name: MESSAGES.en.form.save }).click();
    await expect(page.getByRole('alert').first()).toBeVisible();
    expect(await app.seriousAccessibilityViolations(), path).toEqual([]);
  }
  const people = new PeoplePage(page);
  await people.addUnit('生活部');
  await people.addMember({ name: '张三' });
  const data = new DataPage(page, testInfo.outputDir);
  const file = await data.export();
  await data.choose(file.path);
  expect(await app.seriousAccessibilityViolations()).toEqual([]);
  await people.open();
  await people.member('张三').click();
  expect(await app.seriousAccessibilityViolations()).toEqual([]);
});

test.describe('People pages, with the sample union', () => {
  for (const locale of ['en-US', 'zh-CN']) {
    test(`axe finds nothing serious in ${locale}`, async ({ browser, baseURL }) => {
      test.slow(); // thirteen pages, each checked by axe
      const context = await browser.newContext({ baseURL, locale });
      const page = await context.newPage();
      const { AppPage } = await import('../../fixtures/app');
      const app = new AppPage(page, new URL(baseURL!).origin);
      await app.open('/');
      await loadSample(page, MESSAGES[locale === 'en-US' ? 'en' : 'zh']);
      const paths = ['/people', '/people/terms', '/people/recruitment', '/people/evaluations', '/people/trainings', '/people/import', '/people/new-member', '/people/new-unit'];
      for (const path of paths) {
        await app.go(path);
        expect(await app.seriousAccessibilityViolations(), path).toEqual([]);
      }
      // And a round, a candidate, a training and a member, reached by their links.
      for (const [from, link] of [['/people/recruitment', '.record-row'], ['/people/trainings', '.record-row'], ['/people', 'section[aria-labelledby="members-heading"] .record-row']]) {
        await app.go(from);
        await page.locator(link).first().click();
        await app.ready();
        expect(await app.seriousAccessibilityViolations(), `${from} → ${page.url()}`).toEqual([]);
      }
      await app.open('/people/recruitment');
      await page.locator('.record-row').first().click();
      await page.locator('main a[href^="/people/candidates/"]').first().click();
      await app.ready();
      expect(await app.seriousAccessibilityViolations(), 'a candidate').toEqual([]);
      expect(app.problems).toEqual([]);
      await context.close();
    });
  }
});
