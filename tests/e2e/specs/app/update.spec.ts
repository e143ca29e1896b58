import { test, expect } from '@playwright/test';
import { cp, mkdtemp, appendFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { AppPage, MESSAGES } from '../../fixtures/app';
import { serveStatic } from '../../../../tools/serve.mjs';

// Updates the service worker, so it needs the worker playwright.config.ts blocks elsewhere.
test.use({ serviceWorkers: 'allow' });

// A deploy of its own (a copy of dist/ on another port) that the test can update.
test('a new deploy is offered as "reload to update" and taken only when the user reloads', async ({ page }) => {
  const dir = await mkdtemp(join(tmpdir(), 'unionbook-deploy-'));
  await cp('../../dist', dir, { recursive: true });
  const server = await serveStatic(dir, 0);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const app = new AppPage(page, origin);
  try {
    await app.open(`${origin}/`);
    await app.waitForOfflineReady();
    // Controlled by the first version from here on.
    await page.reload();
    await app.ready();
    const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    expect(firstWorker).toBeTruthy();

    // Deploy a new version: any byte change to sw.js is a new version to the browser.
    await appendFile(join(dir, 'sw.js'), '\n// next deploy\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

    const banner = page.getByRole('status').filter({ hasText: MESSAGES.en.update.ready });
    await expect(banner).toBeVisible();
    // Until the user chooses, the page keeps running on the version it started with.
    await expect(app.heading()).toHaveText(MESSAGES.en.home.greeting_anonymous);

    const reloaded = page.waitForEvent('load');
    await banner.getByRole('button', { name: MESSAGES.en.update.reload }).click();
    await reloaded;
    await app.ready();
    await expect(banner).toBeHidden();
    const waiting = await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())!.waiting);
    expect(waiting).toBe(false);
    expect(app.problems).toEqual([]);
  } finally {
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
