import { test, expect, MESSAGES, PAGES } from '../../fixtures/app';
import { SettingsPage } from '../../fixtures/settings-page';

const LATIN = /[A-Za-z]/;
const HAN = /\p{Script=Han}/u;
// The product's name is the same in both languages, as are the names of file formats and
// chat apps (QQ) that Chinese text writes in Latin letters too.
const KEPT = [MESSAGES.en.app_name, 'GB18030', 'UTF-8', 'GBK', 'CSV', 'QQ'];
const withoutBrand = (s: string) => KEPT.reduce((text, word) => text.replaceAll(word, ''), s);

test.describe('a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });
  test('gets Chinese on the first visit', async ({ app, page }) => {
    await app.open('/');
    await expect(app.heading()).toHaveText(MESSAGES.zh.home.greeting_anonymous);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
  });
});

test('the language switch changes every visible string on every page', async ({ app, page }) => {
  // Every page of every area twice: it grows with the app, so it has a budget of its own.
  test.setTimeout(120_000);
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.chooseLanguage('zh');
  await expect(app.heading()).toHaveText(MESSAGES.zh.nav.settings);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
  const people = ['/people/terms', '/people/recruitment', '/people/evaluations', '/people/trainings', '/people/import', '/people/new-member'];
  for (const path of [...PAGES.map((p) => p.path), ...people]) {
    await app.go(path);
    const english = (await app.shownStrings()).map(withoutBrand).filter((s) => LATIN.test(s));
    expect(english, `English left on ${path} in Chinese`).toEqual([]);
  }

  await settings.open();
  await settings.chooseLanguage('en');
  await expect(app.heading()).toHaveText(MESSAGES.en.nav.settings);
  for (const path of [...PAGES.map((p) => p.path), ...people]) {
    await app.go(path);
    const chinese = (await app.shownStrings()).filter((s) => HAN.test(s));
    expect(chinese, `Chinese left on ${path} in English`).toEqual([]);
  }
});

test('the chosen language is kept over a reload, whatever the browser says', async ({ app, page }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.chooseLanguage('zh');
  await page.reload();
  await expect(app.heading()).toHaveText(MESSAGES.zh.nav.settings);
  // Dates follow the language too.
  await app.open('/');
  await expect(page.locator('main .lead').first()).toHaveText(/^今天是\d{4}年\d{1,2}月\d{1,2}日。$/);
});
