// Every page works from a keyboard alone: each control shows a focus ring that can be seen (3 px
// or more, at least 3:1 against what is around it) and is on the screen when focused; a task
// (open an area, add a unit, delete it, undo) is done with Tab, Enter and Space only; and no page
// scrolls sideways at 200 % zoom or with the phone's largest text.
import { test, expect, loadSample, MESSAGES } from '../../fixtures/app';
import { PATHS, go, walk } from '../../fixtures/walk';
import type { Page } from '@playwright/test';

const t = MESSAGES.en;

/** Focuses every control on the page in turn and returns those without a visible focus ring. */
async function unseenFocus(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) =>
      [r, g, b].map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
    const contrast = (a: number[], b: number[]) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const background = (el: Element | null): number[] => {
      for (; el; el = el.parentElement) {
        const c = rgb(getComputedStyle(el).backgroundColor);
        if (c.length === 3 || c[3] > 0) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const describe = (el: Element) => `${el.tagName.toLowerCase()} “${(el.textContent || el.getAttribute('aria-label') || el.id).trim().slice(0, 30)}”`;
    const found: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])',
    );
    for (const el of controls) {
      if (el.closest('[inert], [hidden]') || el.tabIndex < 0) continue;
      el.focus();
      if (document.activeElement !== el) continue;
      // A file or radio input drawn as its label shows the ring on the label.
      const ringed = el.classList.contains('visually-hidden') ? (el.labels?.[0] ?? el) : el;
      const style = getComputedStyle(ringed);
      const box = ringed.getBoundingClientRect();
      if (box.width < 1 || box.height < 1 || box.right < 0 || box.left > innerWidth + 1) {
        if (el.checkVisibility()) found.push(`${describe(el)} is focusable but off the screen`);
        continue;
      }
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const shadow = style.boxShadow !== 'none';
      if (!outline && !shadow) found.push(`${describe(el)} shows no focus ring`);
      else if (outline && contrast(rgb(style.outlineColor), background(ringed.parentElement)) < 3) {
        found.push(`${describe(el)}'s focus ring has too little contrast`);
      }
      if (found.length > 8) break;
    }
    return found;
  });
}

/** Presses Tab until the focused element's name (its label, text or field label) is `name`. */
async function tabTo(page: Page, name: string | RegExp, presses = 60) {
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return (el?.getAttribute('aria-label') || el?.innerText || (el as HTMLInputElement)?.labels?.[0]?.innerText || '').trim();
    });
    if (typeof name === 'string' ? text === name : name.test(text)) return;
  }
  throw new Error(`Tab never reached “${name}”`);
}

test('every page shows where the keyboard is, on the screen, with enough contrast', async ({ app, page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the phone is the narrowest screen');
  test.setTimeout(120_000);
  await app.open('/');
  await loadSample(page);
  // Focus shown by a key press makes the browser treat later focus as keyboard focus.
  await page.keyboard.press('Tab');
  const problems: string[] = [];
  const visited = await walk(page, async (path) => {
    problems.push(...(await unseenFocus(page)).map((p) => `${path}: ${p}`));
  });
  expect(problems).toEqual([]);
  expect(visited.length).toBeGreaterThan(60);
});

test('an officer adds a unit, deletes it and takes it back with the keyboard alone', async ({ app, page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the tab order walked is the phone one, with its bottom bar');
  await app.open('/');
  await tabTo(page, t.nav.people);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/people');
  await tabTo(page, t.people.add_unit);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/people/new-unit');
  await tabTo(page, new RegExp(`^${t.people.unit_form.name_zh}`));
  await page.keyboard.type('键盘部');
  await tabTo(page, t.form.save);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/people');
  await tabTo(page, /键盘部/);
  await page.keyboard.press('Enter');
  await expect(page.locator('main h1')).toHaveText('键盘部');
  await tabTo(page, t.form.delete);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL('/people');
  await tabTo(page, t.notice.undo, 120);
  await page.keyboard.press('Space');
  await expect(page.locator('main')).toContainText('键盘部');
});

// A phone zoomed to 200 % (a 195 px screen), every page with the sample's records; and one with
// its largest text, every page without an id, as rem-sized layout scales alike in both
// (specs/app/layout.spec.ts holds the narrow screens for the People and Data pages).
for (const [name, viewport, textScale, follow] of [
  ['a phone zoomed to 200 %', { width: 195, height: 422 }, 1, true],
  ['a phone with text at 200 %', { width: 390, height: 844 }, 2, false],
] as const) {
  test(`no page scrolls sideways on ${name}`, async ({ app, page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'the viewport is set here');
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    if (textScale !== 1) await page.addInitScript((scale) => {
      addEventListener('DOMContentLoaded', () => { document.documentElement.style.fontSize = `${scale * 100}%`; });
    }, textScale);
    await app.open('/');
    await loadSample(page);
    const wide: string[] = [];
    const visited = await walk(page, async (path) => {
      const by = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (by > 0) wide.push(`${path} by ${by} px`);
    }, { follow });
    expect(wide).toEqual([]);
    expect(visited.length).toBeGreaterThanOrEqual(PATHS.length);
  });
}
