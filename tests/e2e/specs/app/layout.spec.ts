// Every target fits a thumb, nothing is cut off without a way to read it, and no People or
// Data page scrolls sideways on a 320 px screen or at 200 % zoom.
import { test, expect, MESSAGES, loadSample, type AppPage } from '../../fixtures/app';
import type { Page } from '@playwright/test';

const t = MESSAGES.en;

/** Every People and Data page, reached through the sample union's own links. */
async function pagesOfTheSample(app: AppPage, page: Page): Promise<string[]> {
  await page.goto('/');
  await loadSample(page, t);
  await expect(page.getByText(t.home.sample_note)).toBeVisible();
  const first = async (path: string, pattern: RegExp) => {
    await app.go(path);
    const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    const found = hrefs.find((h) => pattern.test(h));
    expect(found, `a link like ${pattern} on ${path}`).toBeTruthy();
    return found!;
  };
  const round = await first('/people/recruitment', /^\/people\/recruitment\/[0-9a-z]{16}$/);
  return [
    '/people',
    '/people/new-unit',
    await first('/people', /^\/people\/units\/[0-9a-z]{16}$/),
    '/people/new-member',
    await first('/people', /^\/people\/members\/[0-9a-z]{16}$/),
    '/people/terms',
    '/people/recruitment',
    round,
    await first(round, /^\/people\/candidates\/[0-9a-z]{16}$/),
    '/people/evaluations',
    '/people/trainings',
    await first('/people/trainings', /^\/people\/trainings\/[0-9a-z]{16}$/),
    '/people/import',
    '/attendance',
    '/data',
  ];
}

async function sidewaysScroll(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

// WCAG's reflow width (320 px) and a desktop at 200 % zoom. A phone zoomed to 200 % (a 195 px
// screen) and a phone with its largest text are walked over every page by keyboard.spec.ts.
for (const [name, viewport] of [
  ['a 320 px screen', { width: 320, height: 640 }],
  ['200 % zoom of a desktop', { width: 640, height: 400 }],
] as const) {
  test(`no People or Data page scrolls sideways on ${name}`, async ({ app, page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'one pass is enough: the viewport is set here');
    test.slow();
    await page.setViewportSize(viewport);
    const wide: string[] = [];
    for (const path of await pagesOfTheSample(app, page)) {
      await app.go(path);
      const overflow = await sidewaysScroll(page);
      if (overflow > 0) wide.push(`${path}: ${overflow} px, widest ${await widest(page)}`);
    }
    expect(wide).toEqual([]);
    expect(app.problems).toEqual([]);
  });
}

/** The element that sticks out furthest to the right, to say what to fix. */
async function widest(page: Page) {
  return page.evaluate(() => {
    let worst = { right: 0, what: '' };
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const right = el.getBoundingClientRect().right;
      if (right > worst.right) worst = { right, what: `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 20)}"` };
    }
    return `${worst.what} to ${Math.round(worst.right)}`;
  });
}

test('every target is at least 44 px and the header is not cut off', async ({ app, page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'a phone story');
  test.slow();
  for (const path of await pagesOfTheSample(app, page)) {
    await app.go(path);
    const small = await page.evaluate(() => {
      const targets = document.querySelectorAll<HTMLElement>(
        'main a[href], main button, main select, main input:not([type=checkbox]):not([type=radio]):not([type=file]), ' +
          'main label.button, nav a[href], header a[href]',
      );
      return [...targets]
        .filter((el) => el.offsetParent !== null && !el.classList.contains('visually-hidden'))
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 44)
        .map(({ el, box }) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.height)} px`);
    });
    expect(small, path).toEqual([]);
  }
  // The sample's term and semester in the top bar are all there to read at 390 px.
  const context = page.locator('.top-bar-context');
  await expect(context).not.toHaveText('');
  const cut = await context.evaluate((el) =>
    [el, ...el.querySelectorAll('.top-bar-line')].some((e) => e.scrollWidth > e.clientWidth || e.scrollHeight > e.clientHeight),
  );
  expect(cut).toBe(false);
});
