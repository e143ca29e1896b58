// Nothing leaves the phone: a whole session — every area's pages, new records, an export, an
// import, the summary and its downloads — asks nothing of any other origin, the service worker's
// own requests included, and the offline cache holds only the app's built files.
import { test, expect, loadSample, MESSAGES } from '../../fixtures/app';
import { DataPage } from '../../fixtures/data-page';
import { PeoplePage } from '../../fixtures/people-page';
import { SummaryPrintPage } from '../../fixtures/summary-print-page';
import { go, walk } from '../../fixtures/walk';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Reads what the service worker caches, so it needs the worker playwright.config.ts blocks elsewhere.
test.use({ serviceWorkers: 'allow' });

const dist = fileURLToPath(new URL('../../../../dist', import.meta.url));

test('a whole session asks nothing of another origin, and the offline cache holds only the app', async ({ app, page, context }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'one session is enough');
  test.setTimeout(90_000);
  const requests: string[] = [];
  let fromWorker = 0;
  context.on('request', (r) => {
    requests.push(r.url());
    if (r.serviceWorker()) fromWorker++;
  });
  await app.open('/');
  await app.waitForOfflineReady();
  await loadSample(page);
  const people = new PeoplePage(page);
  await people.addUnit('隐私测试部', 'ministry', { reload: false });
  await people.addMember({ name: '隐私测试员', studentId: '2026999001' });
  const data = new DataPage(page, testInfo.outputDir);
  const exported = await data.export();
  await data.choose(exported.path);
  await page.getByRole('button', { name: MESSAGES.en.data.import_close }).or(page.getByRole('button', { name: MESSAGES.en.data.import_apply })).first().click();

  const visited = await walk(page, async () => {}, { follow: false });
  await go(page, '/summary');
  const summary = new SummaryPrintPage(page);
  await expect(summary.downloads()).toBeVisible();
  await summary.download(/Markdown/);
  await summary.download(/Word/);
  await summary.openPrintView();

  const away = requests.filter((u) => !u.startsWith(app.origin) && !/^(data|blob):/.test(u));
  expect(away, 'requests that left the app').toEqual([]);
  expect(visited.length).toBeGreaterThan(40);
  // The worker's precache fetches were seen, so the check covers the worker too.
  expect(fromWorker, 'requests made by the service worker').toBeGreaterThan(0);

  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
    return urls;
  });
  expect(cached.length, 'the app is cached for offline use').toBeGreaterThan(5);
  const notOurs = cached.filter((u) => {
    const url = new URL(u);
    const file = `${dist}${url.pathname === '/' ? '/index.html' : url.pathname}`;
    const query = [...url.searchParams.keys()].filter((k) => k !== '__WB_REVISION__');
    return url.origin !== app.origin || query.length > 0 || !existsSync(file) || !statSync(file).isFile();
  });
  expect(notOurs, 'cached that is not a file of the build').toEqual([]);
});
