// Two inspectors score two floors of one round on their own phones, offline, and exchange
// files through the Data page: on both phones the round is whole, each room once (its scores'
// id is derived from the round and the room, so a room both touched is one record).
import { test, expect } from '../../fixtures/app';
import { officer } from '../../fixtures/officer';
import { importFiles } from '../../fixtures/door-page';
import { InspectionsPage } from '../../fixtures/inspections-page';

// Works offline, so it needs the service worker that playwright.config.ts blocks elsewhere.
test.use({ serviceWorkers: 'allow' });

test('two inspectors on two floors exchange files and the round is whole on both phones', async ({ browser, baseURL }, testInfo) => {
  test.setTimeout(180_000);
  const a = await officer(browser, baseURL!, '王检查', testInfo.outputDir);
  const insA = new InspectionsPage(a.page);
  await insA.defineRubric('宿舍卫生检查细则');
  await insA.addBuilding('西区5号楼');
  await insA.addRooms('301-305');
  await insA.addRooms('401-405');
  await expect(insA.rooms()).toHaveCount(10);
  const round = await insA.newRound('十月宿舍常规检查', '2026-10-22', ['西区5号楼']);
  const setup = await a.data.export();

  const b = await officer(browser, baseURL!, '李检查', testInfo.outputDir);
  const insB = new InspectionsPage(b.page);
  await importFiles(b.page, 'en', setup.path);

  // Each scores a floor offline; both touch 305, one a fault, the other the re-check.
  const score = async (o: typeof a, ins: InspectionsPage, floor: number, extra: () => Promise<void>) => {
    await o.page.goto(`${round}/score`);
    await expect(ins.room()).toHaveText('西区5号楼 301');
    await o.context.setOffline(true);
    await ins.jump(`西区5号楼 ${floor}01`);
    for (let n = 1; n <= 5; n++) {
      await expect(ins.room()).toHaveText(`西区5号楼 ${floor}0${n}`);
      if (n % 2 === 1) await ins.fault('地面').click();
      await ins.next();
    }
    await extra();
    await expect(ins.scoreProgress()).toHaveText(ins.progress(5, 10));
    await o.context.setOffline(false);
  };
  await score(a, insA, 3, async () => {
    await insA.jump('✓ 西区5号楼 305');
    await insA.fault('阳台').click();
  });
  await score(b, insB, 4, async () => {
    await insB.jump('西区5号楼 305');
    await b.page.getByLabel(insB.t.recheck).check();
  });

  const fromA = await a.data.export();
  const fromB = await b.data.export();
  await importFiles(a.page, 'en', fromB.path);
  await importFiles(b.page, 'en', fromA.path);
  for (const [o, ins] of [[a, insA], [b, insB]] as const) {
    await o.page.goto(`${round}/score`);
    await expect(ins.scoreProgress()).toHaveText(ins.progress(10, 10));
    await ins.jump('✓ 西区5号楼 305');
    await expect(ins.total()).toContainText('96 points');
    await expect(o.page.getByLabel(ins.t.recheck)).toBeChecked();
    await ins.jump('✓ 西区5号楼 403');
    await expect(ins.total()).toContainText('98 points');
    await o.page.goto(round);
    await expect(o.page.getByTestId('round-progress')).toHaveText(ins.progress(10, 10));
    expect(o.app.problems).toEqual([]);
  }
  await a.context.close();
  await b.context.close();
});
