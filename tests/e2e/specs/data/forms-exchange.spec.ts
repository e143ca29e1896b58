// Forms save only what the user changed: edits to different fields by two officers both
// survive an exchange, and a form opened before another tab's save neither reverts it nor
// silently overwrites a field both changed.
import { test, expect, inStep, MESSAGES } from '../../fixtures/app';
import { PeoplePage } from '../../fixtures/people-page';
import { officer } from '../../fixtures/officer';

const t = MESSAGES.en;
const form = t.people.member_form;

test('two officers edit different fields of one member, exchange both ways, and both edits survive', async ({ browser, baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the exchange is a phone story');
  test.slow(); // two phones, many steps
  const li = await officer(browser, baseURL!, '李华', testInfo.outputDir);
  const wang = await officer(browser, baseURL!, '王芳', testInfo.outputDir);
  await li.people.addMember({ name: '刘子涵', studentId: '2024000009' });
  await wang.data.choose((await li.data.export()).path);
  await wang.data.apply();

  // The member has no phone or e-mail yet: each officer fills in a different one.
  await li.people.editMember('刘子涵', { phone: '13800000009' });
  await wang.people.editMember('刘子涵', { email: 'liuzihan@example.cn' });
  const fromLi = await li.data.export();
  const fromWang = await wang.data.export();
  await wang.data.choose(fromLi.path);
  await expect(wang.data.conflicts()).toHaveCount(0);
  await wang.data.apply();
  await li.data.choose(fromWang.path);
  await expect(li.data.conflicts()).toHaveCount(0);
  await li.data.apply();

  for (const o of [li, wang]) {
    await o.people.open();
    await o.people.member('刘子涵').click();
    await expect(o.page.getByLabel(form.phone, { exact: true })).toHaveValue('13800000009');
    await expect(o.page.getByLabel(form.email, { exact: true })).toHaveValue('liuzihan@example.cn');
    expect(o.app.problems).toEqual([]);
    await o.context.close();
  }
});

test('a form opened before another tab saved keeps that tab’s change, and shows a field both changed', async ({ app, page, context }) => {
  const people = new PeoplePage(page);
  await people.addMember({ name: '张三', studentId: '2024000001' });
  await people.open();
  await people.member('张三').click();
  const phone = page.getByLabel(form.phone, { exact: true });
  await expect(phone).toHaveValue('');

  // Meanwhile, in another tab: the class is filled in, and a phone number.
  const other = await context.newPage();
  const otherPeople = new PeoplePage(other);
  await otherPeople.editMember('张三', { classMajor: '人力资源管理 2401', phone: '13900000001' });
  await inStep(page, other);

  // This form still shows the old values. Changing only the e-mail keeps the other tab's edits.
  await page.getByLabel(form.email, { exact: true }).fill('zs@example.cn');
  await page.getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(page).toHaveURL('/people');
  await people.member('张三').click();
  await expect(page.getByLabel(form.class_major, { exact: true })).toHaveValue('人力资源管理 2401');
  await expect(phone).toHaveValue('13900000001');
  await expect(page.getByLabel(form.email, { exact: true })).toHaveValue('zs@example.cn');

  // Now both change the phone: this form shows the other value on the field before saving.
  await otherPeople.editMember('张三', { phone: '13700000002' });
  await inStep(page, other);
  await phone.fill('13800000003');
  await page.getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  const error = page.locator(`#${await phone.getAttribute('aria-describedby')}`);
  await expect(error).toContainText('13700000002');
  await expect(page).not.toHaveURL('/people');
  // Saving again keeps what was typed here.
  await page.getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(page).toHaveURL('/people');
  await people.member('张三').click();
  await expect(phone).toHaveValue('13800000003');
  await other.close();
});

test('a form sees another tab’s save that this tab can read but has not heard of yet', async ({ app, page, context }) => {
  // Chromium can let a tab read another tab's save before its `storage` event has run here.
  // Deaf, this tab's listener never runs (a listener put in before the app's stops the event),
  // so only what the form reads can tell it.
  await page.addInitScript(() =>
    addEventListener('storage', (e) => (window as any).deaf && e.stopImmediatePropagation(), true),
  );
  const people = new PeoplePage(page);
  await people.addMember({ name: '李四', studentId: '2024000002' });
  await people.open();
  await people.member('李四').click();
  await page.evaluate(() => ((window as any).deaf = true));
  const other = await context.newPage();
  await new PeoplePage(other).editMember('李四', { phone: '13700000004' });
  await inStep(page, other);

  const phone = page.getByLabel(form.phone, { exact: true });
  await phone.fill('13800000005');
  await page.getByRole('button', { name: t.form.save, exact: true }).click();
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(`#${await phone.getAttribute('aria-describedby')}`)).toContainText('13700000004');
  await other.close();
});
