import { test, expect } from '../../fixtures/app';

test('the manifest makes the app installable, with its icons', async ({ app, page, request }) => {
  await app.open('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest.display).toBe('standalone');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.start_url).toBe('/');
  const sizes = manifest.icons.map((i: any) => `${i.sizes} ${i.purpose}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.ok(), icon.src).toBe(true);
    expect(response.headers()['content-type']).toBe(icon.type);
  }
});

test('the Content-Security-Policy allows only this origin and no eval', async ({ app, page }) => {
  await app.open('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(csp).not.toContain("'unsafe-eval'");
  expect(csp).not.toContain("'unsafe-inline'");
  expect(csp).not.toMatch(/https?:/);
  // The app started under that policy: a blocked loader would have left no heading.
  await expect(app.heading()).toBeVisible();
});

test('text typed by the user is shown as text, never as markup', async ({ app, page }) => {
  await app.open('/settings');
  const name = page.getByLabel('Your officer name');
  await name.fill('<img src=x onerror="window.__pwned=1">Li');
  await name.blur();
  await page.goto('/');
  await expect(app.heading()).toHaveText('Hello, <img src=x onerror="window.__pwned=1">Li');
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  await expect(page.locator('main img')).toHaveCount(0);
});
