import { test, expect, PAGES } from '../fixtures/app';

for (const locale of ['en-US', 'zh-CN']) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });
    for (const { path } of PAGES) {
      test(`axe finds nothing serious on ${path}`, async ({ app }) => {
        await app.open(path);
        expect(await app.seriousAccessibilityViolations()).toEqual([]);
      });
    }
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
