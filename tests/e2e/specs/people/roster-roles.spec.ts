// A roster's department and position columns become roles: units found by name or created
// with the officer's consent, positions read in either language, every row shown with what
// happens to it, and the import lands on the member list.
import { test, expect, MESSAGES } from '../../fixtures/app';
import { PeoplePage } from '../../fixtures/people-page';
import { SettingsPage } from '../../fixtures/settings-page';
import { writeFile } from '../../fixtures/files';

const t = MESSAGES.en;
/** A translation with its `{{ name }}` places filled. */
const say = (template: string, args: Record<string, string | number>) =>
  template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key) => String(args[key]));

// As Excel writes "CSV UTF-8": with a byte-order mark. Rows 2–7.
const ROSTER = '\uFEFF' + [
  '姓名,学号,所在部门,职务,手机',
  '张三,2024001,生活部,部长,', // already minister of 生活部: unchanged
  '孙八,2024006,生活部,部长助理,13900000006', // a new phone, and a position the app does not know
  '李四,2024002, 生活部 ,干事,13900000002', // new, in a unit the book has
  '王芳,2024003,体育部,副部长,', // new, in a unit the book lacks
  '赵六,2024004,生活部,组长,', // new, a position the app does not know
  ',2024005,生活部,干事,', // no name: refused
].join('\r\n') + '\r\n';

test('a roster with departments and positions gives roles, shows every row, and lands on the member list', async ({ app, page }, testInfo) => {
  test.setTimeout(90_000);
  const people = new PeoplePage(page);
  const roster = writeFile(testInfo.outputDir, 'roster.csv', ROSTER);
  const axe = async (where: string) => expect(await app.seriousAccessibilityViolations(), where).toEqual([]);

  await people.addUnit('生活部');
  await people.addMember({ name: '张三', studentId: '2024001' });
  await people.addRole('生活部', t.people.position.minister, new Date().toISOString().slice(0, 10));
  await expect(page.locator('section[aria-labelledby="roles-heading"] .record-row')).toHaveCount(1);
  await people.addMember({ name: '孙八', studentId: '2024006', phone: '138' });

  // The preview in Chinese, with every group and the new unit's tick showing, passes axe.
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.chooseLanguage('zh');
  await people.pickRoster(roster);
  await expect(people.rosterRows('refused')).toContainText(MESSAGES.zh.roster.no_name);
  await axe('roster preview in Chinese');
  await settings.open();
  await settings.chooseLanguage('en');

  await people.pickRoster(roster);
  await expect(page.getByLabel(/^所在部门/)).toHaveValue('unit');
  await expect(page.getByLabel(/^职务/)).toHaveValue('position');
  const preview = page.getByTestId('roster-preview');
  await expect(preview).toContainText(say(t.roster.new, { count: 3 }));
  await expect(preview).toContainText(say(t.roster.updates, { count: 1 }));
  await expect(preview).toContainText(say(t.roster.unchanged, { count: 1 }));
  await expect(preview).toContainText(say(t.roster.refused, { count: 1 }));

  const role = (position: string, unit: string) => `${position} · ${unit}`;
  const row = (group: Parameters<PeoplePage['rosterRows']>[0], name: string) =>
    people.rosterRows(group).filter({ hasText: name });
  // The unit the book has, found though the cell has spaces around it.
  await expect(row('new', '李四')).toContainText(say(t.roster.row, { row: 4 }));
  await expect(row('new', '李四')).toContainText(say(t.roster.role_new, { role: role(t.people.position.assistant, '生活部') }));
  // The unit it lacks, offered for creation and ticked.
  const newUnit = say(t.roster.unit_to_create, { unit: '体育部' });
  await expect(row('new', '王芳')).toContainText(say(t.roster.role_new, { role: role(t.people.position.vice_minister, newUnit) }));
  const create = page.getByLabel(say(t.roster.create_unit, { unit: '体育部' }));
  await expect(create).toBeChecked();
  // An unknown position: still imported, as a member of the unit, and the row says so.
  const member = t.people.position.member;
  await expect(row('new', '赵六')).toContainText(say(t.roster.note.unknown_position, { cell: '组长', fallback: member }));
  await expect(row('new', '赵六')).toContainText(say(t.roster.role_new, { role: role(member, '生活部') }));
  // What changes for a known member: field, old → new.
  await expect(row('updated', '孙八')).toContainText(say(t.roster.change, { field: t.people.member_form.phone, was: '138', becomes: '13900000006' }));
  // The unchanged row is listed, with the role it already has; the nameless one with why.
  await expect(row('unchanged', '张三')).toContainText(say(t.roster.role_held, { role: role(t.people.position.minister, '生活部') }));
  await expect(people.rosterRows('refused')).toHaveText(new RegExp(`${say(t.roster.row, { row: 7 })}.*${t.roster.no_name}`));
  await axe('roster preview in English');

  // Unticked, the new unit's people come without a role; ticked again, with it.
  await create.uncheck();
  await expect(row('new', '王芳')).toContainText(say(t.roster.note.unit_not_created, { unit: '体育部' }));
  await expect(row('new', '王芳')).not.toContainText(newUnit);
  await create.check();
  await expect(row('new', '王芳')).toContainText(newUnit);

  // Nothing scrolls sideways on a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  await preview.getByRole('button', { name: t.roster.apply }).click();
  await expect(page).toHaveURL('/people');
  await expect(page.locator('.notice-bar')).toContainText(say(t.roster.done, { new: 3, updated: 1, roles: 4, units: 1 }));
  await expect(people.unit('体育部')).toBeVisible();
  await expect(people.member('李四')).toContainText(role(t.people.position.assistant, '生活部'));
  await expect(people.member('张三')).toContainText(role(t.people.position.minister, '生活部'));
  await expect(people.members()).toHaveCount(5);

  await people.member('王芳').click();
  await expect(app.heading()).toHaveText('王芳');
  const roles = page.locator('section[aria-labelledby="roles-heading"] .record-row');
  await expect(roles).toHaveCount(1);
  await expect(roles.first()).toContainText(t.people.position.vice_minister);
  await expect(roles.first()).toContainText('体育部');

  // The same roster again: nothing new, and 张三 still has one role.
  await people.pickRoster(roster);
  await expect(page.getByTestId('roster-preview')).toContainText(say(t.roster.unchanged, { count: 5 }));
  await expect(people.rosterRows('new')).toHaveCount(0);
});
