// The corridor with the network off: twenty rooms scored by taps (faults, a veto, a score
// chosen directly, a re-check, an undo), the next room coming up by itself; the page reloaded
// still offline, and every room's score still there.
import { test, expect, MESSAGES } from '../../fixtures/app';
import { InspectionsPage } from '../../fixtures/inspections-page';

// Works offline, so it needs the service worker that playwright.config.ts blocks elsewhere.
test.use({ serviceWorkers: 'allow' });

const t = MESSAGES.en.inspections;

test('twenty rooms scored offline are all still there after a reload', async ({ app, page, context }) => {
  test.setTimeout(150_000);
  const ins = new InspectionsPage(page);
  await app.open('/');
  await ins.defineRubric('宿舍卫生检查细则');
  await ins.addBuilding('东区3号楼');
  await ins.addRooms('301-320');
  await expect(ins.rooms()).toHaveCount(20);
  await expect(page.locator('.notice-bar')).toContainText('Added 20 rooms; 0 were there already.');
  const round = await ins.newRound('十月宿舍常规检查', '2026-10-22', ['东区3号楼']);
  await page.getByRole('link', { name: t.score_rooms }).click();
  await expect(ins.room()).toHaveText('东区3号楼 301');
  await app.waitForOfflineReady();

  await context.setOffline(true);
  const expected: string[] = [];
  for (let i = 0; i < 20; i++) {
    const number = String(301 + i);
    await expect(ins.room()).toHaveText(`东区3号楼 ${number}`);
    await expect(page.getByText(`Room ${i + 1} of 20`)).toBeVisible();
    // i faults of 地面 (2 off each, at most 20 points), one of 床铺 every third room.
    const floor = i % 6;
    for (let f = 0; f < floor; f++) await ins.fault('地面').click();
    if (i % 3 === 0) await ins.fault('床铺').click();
    let total = 100 - 2 * floor - (i % 3 === 0 ? 2 : 0);
    if (i === 7) {
      // A tap too many, taken back.
      await ins.fault('阳台').click();
      await expect(ins.total()).toContainText(`${total - 2} points`);
      await page.getByRole('button', { name: t.undo_tap }).click();
    }
    if (i === 11) {
      await page.getByLabel('Score for 书桌').selectOption('12');
      total -= 8;
    }
    if (i === 13) {
      await ins.veto('吸烟').click();
      await expect(ins.veto('吸烟')).toHaveAttribute('aria-pressed', 'true');
    }
    if (i === 17) await page.getByLabel(t.recheck).check();
    const band = i === 13 ? '不合格' : total >= 90 ? '优秀' : total >= 80 ? '合格' : '不合格';
    await expect(ins.total()).toContainText(`${total} points · ${band}`);
    expected.push(`${total} points · ${band}`);
    await ins.next();
  }
  await expect(ins.scoreProgress()).toHaveText(ins.progress(20, 20));
  await expect(page.getByTestId('score-all-done')).toHaveText(t.all_done);

  await page.reload();
  await expect(ins.scoreProgress()).toHaveText(ins.progress(20, 20));
  for (let i = 0; i < 20; i++) {
    await ins.jump(`✓ 东区3号楼 ${301 + i}`);
    await expect(ins.room()).toHaveText(`东区3号楼 ${301 + i}`);
    await expect(ins.total()).toContainText(expected[i]);
  }
  await ins.jump('✓ 东区3号楼 314');
  await expect(ins.total()).toContainText('Vetoed: 吸烟');
  await ins.jump('✓ 东区3号楼 318');
  await expect(page.getByLabel(t.recheck)).toBeChecked();
  await page.goto(round);
  await expect(page.getByTestId('round-progress')).toHaveText(ins.progress(20, 20));
  await context.setOffline(false);
});
