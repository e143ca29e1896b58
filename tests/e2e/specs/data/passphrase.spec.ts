// A protected export: an envelope with nothing readable inside, that opens in another book with
// its passphrase, and only with it; a wrong passphrase, a changed or a cut file change nothing.
import { test, expect, MESSAGES } from '../../fixtures/app';
import { DataPage } from '../../fixtures/data-page';
import { PeoplePage } from '../../fixtures/people-page';
import { Passphrase } from '../../fixtures/passphrase';
import { officer } from '../../fixtures/officer';
import { writeFile } from '../../fixtures/files';
import { readFileSync } from 'node:fs';

const t = MESSAGES.en.data;
const secret = '学生会 door 2026';

test('a protected export opens only with its passphrase, and a bad file changes nothing', async ({ app, page, browser, baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'one phone story is enough');
  const dir = testInfo.outputDir;
  const people = new PeoplePage(page);
  await people.addUnit('学习部');
  await people.addMember({ name: '周文博', studentId: '2024000123', phone: '13800000007' });
  await app.go('/data');
  const mine = new Passphrase(page, dir);

  // The passphrase's fields say what is wrong with it, and nothing is exported meanwhile.
  for (const [typed, repeat, field, message] of [
    ['', '', 'protect-passphrase', t.protect.empty],
    ['short', 'short', 'protect-passphrase', t.protect.too_short.replace('{{ min }}', '8')],
    [secret, `${secret}!`, 'protect-repeat', t.protect.differ],
  ]) {
    await mine.protect(typed, repeat);
    await page.getByRole('button', { name: t.export_button }).click();
    await expect(page.locator(`#${field}`)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(`#${field}-error`)).toHaveText(message);
  }
  await mine.protect(secret);
  // Exported from the page as it is, the protection ticked.
  const file = await new DataPage(page, dir).export(t.export_all, { reload: false });
  const derived = await mine.keyDerivationMs();
  testInfo.annotations.push({ type: 'key derivation (export), ms', description: derived.join(', ') });
  console.log(`PBKDF2-SHA256 600,000 rounds in the browser: ${derived.join(', ')} ms`);

  expect(file.name).toMatch(/-protected\.json$/);
  const text = readFileSync(file.path, 'utf8');
  const envelope = JSON.parse(text);
  expect(envelope).toMatchObject({ format: 'unionbook-protected', version: 1, kdf: { name: 'PBKDF2-SHA256', iterations: 600000 }, cipher: { name: 'AES-256-GCM' } });
  for (const plain of ['学习部', '周文博', '2024000123', '13800000007', '测试干部', 'records']) expect(text).not.toContain(plain);

  // Damaged copies: one ciphertext byte flipped, and the file cut in half.
  const bytes = Buffer.from(envelope.ciphertext, 'base64');
  bytes[bytes.length >> 1] ^= 1;
  const tampered = writeFile(dir, 'tampered-protected.json', JSON.stringify({ ...envelope, ciphertext: bytes.toString('base64') }));
  const cut = writeFile(dir, 'cut-protected.json', text.slice(0, text.length >> 1));

  // Another phone, with a fresh book.
  const other = await officer(browser, baseURL!, '王芳', dir);
  const theirs = new Passphrase(other.page, dir);
  await other.data.open();
  await theirs.pick(tampered, cut);
  await expect(theirs.locked()).toContainText('tampered-protected.json');
  await theirs.open(secret);
  await expect(theirs.locked().locator('.field-error')).toHaveText(t.protect.not_opened);
  await theirs.locked().getByRole('button', { name: t.protect.skip }).click();
  const preview = other.page.getByTestId('import-preview');
  await expect(preview.getByRole('alert')).toHaveCount(2);
  // Skipped after the passphrase failed: said so, not called a wrong passphrase outright.
  await expect(preview).toContainText(t.protect.skipped_after_trying);
  await expect(preview).toContainText(t.protect.truncated);
  await expect(other.page.getByRole('button', { name: t.import_apply })).toHaveCount(0);
  await other.page.getByRole('button', { name: t.import_close }).click();

  // The right file: a wrong passphrase is refused where it was typed, the right one opens it.
  await theirs.pick(file.path);
  await theirs.open('not the passphrase');
  await expect(theirs.locked()).toContainText(t.protect.not_opened);
  await other.people.open();
  await expect(other.people.members()).toHaveCount(0);
  await other.data.open();
  await theirs.pick(file.path);
  await theirs.open(secret);
  await expect(preview).toContainText(t.preview.file_ok.split('{{')[0].trim());
  await other.page.getByRole('button', { name: t.import_apply }).click();
  await expect(other.page.getByRole('button', { name: t.import_undo })).toBeVisible();
  const opened = await theirs.keyDerivationMs();
  testInfo.annotations.push({ type: 'key derivation (import), ms', description: opened.join(', ') });
  console.log(`PBKDF2-SHA256 600,000 rounds on import: ${opened.join(', ')} ms`);
  await other.people.open();
  await expect(other.people.member('周文博')).toBeVisible();
  await expect(other.people.unit('学习部')).toBeVisible();
  await other.context.close();
});
