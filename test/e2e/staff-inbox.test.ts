// The staff inbox at /staff/ in Chromium, signed in as the local trial does: a focal point opens the
// desk's key in the page, decrypts a defender's message and its file, answers it, and locks; the
// headquarters desk moderates consultation input. Messages are seeded through the public API as a
// defender's browser sends them (encrypted in Node to the sample keys, with a reply key).
import { readFileSync } from 'node:fs';
import { decrypt, decryptKey, encryptKey, type PrivateKey, readKey, readMessage, readPrivateKey } from 'openpgp';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { encryptContact } from '../../functions/core/contact/encryption';
import { generateReplyKey, newPassphrase, unlockReplyKey } from '../../functions/core/contact/reply-key';
import { newReceiptCode } from '../../functions/core/receipt-code';
import { accessibilityViolations, baseUrl, it } from '../support/browser';
import { localStaffToken } from '../support/local-staff';

const en = JSON.parse(readFileSync(new URL('../../src/i18n/ui/en.json', import.meta.url), 'utf8')) as Record<string, string>;
const fixture = (path: string) => readFileSync(new URL(`../fixtures/keys/${path}`, import.meta.url), 'utf8');
const SECRET = 'Наших коллег задержали у здания суда в Казани.';
const REPLY = 'We have received your message and will call the lawyer you named.';
const PDF = Buffer.from('%PDF-1.4 list of hearings, sample');
const KEY_PASSPHRASE = 'correct horse battery staple (sample)';
const DECRYPT_TIMEOUT_MS = 30_000;

async function russiaPrivateKey(): Promise<PrivateKey> {
  const key = await readPrivateKey({ armoredKey: fixture('russia.private.asc') });
  return key.isDecrypted() ? key : decryptKey({ privateKey: key, passphrase: '' });
}

/** The sample desk key as a focal point keeps it: protected by a passphrase. */
async function protectedRussiaKey(): Promise<string> {
  return (await encryptKey({ privateKey: await russiaPrivateKey(), passphrase: KEY_PASSPHRASE })).armor();
}

async function staffApi(desk: string, path: string): Promise<Response> {
  return fetch(`${baseUrl}${path}`, { headers: { 'Cf-Access-Jwt-Assertion': await localStaffToken(desk) } });
}

async function messageIds(desk: string): Promise<string[]> {
  const { messages } = (await (await staffApi(desk, `/api/staff/messages?delegation=${desk}`)).json()) as { messages: { id: string }[] };
  return messages.map((message) => message.id);
}

/** Sends a message with a file to the Russia delegation as a defender's browser does; returns its id and the reply passphrase. */
async function seedMessage(): Promise<{ id: string; passphrase: string; replyPrivateKey: string }> {
  const before = new Set(await messageIds('russia'));
  const passphrase = newPassphrase();
  const replyKey = await generateReplyKey(passphrase);
  const keys = [await readKey({ armoredKey: readFileSync(new URL('../../content/keys/russia.asc', import.meta.url), 'utf8') })];
  keys.push(await readKey({ armoredKey: replyKey.publicKey }));
  const encrypted = await encryptContact(
    keys,
    'russia',
    { message: SECRET, replyTo: '', name: 'Olga' },
    { name: 'hearings.pdf', bytes: PDF },
  );
  const response = await fetch(`${baseUrl}/api/contact/russia`, {
    method: 'POST',
    // Its own client address, so that the contact tests' hourly limit on this server is untouched.
    headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': '203.0.113.41' },
    body: JSON.stringify({ ...encrypted, replyKey }),
  });
  expect(response.status).toBe(201);
  const id = (await messageIds('russia')).find((candidate) => !before.has(candidate));
  if (!id) throw new Error('the seeded message is not listed');
  return { id, passphrase, replyPrivateKey: replyKey.privateKey };
}

async function seedContribution(publication: 'anonymous' | 'confidential', organisation: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/consultations/2026/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': '203.0.113.42' },
    body: JSON.stringify({
      idempotencyKey: newReceiptCode(),
      organisation,
      type: 'ngo',
      country: 'KG',
      contactEmail: 'contact@steppe-watch.example',
      publication,
      answers: { 'protecting-individuals': `Monitoring of trials by ${organisation} helped.` },
      consent: true,
      attachment: PDF.toString('base64'),
    }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function signIn(page: Page, desk: string): Promise<void> {
  await page.goto('/staff/');
  await page.locator('#staff-token').fill(await localStaffToken(desk));
  await page.locator('[data-token-form] button[type="submit"]').click();
  await page.locator('[data-signed-in]').waitFor();
}

async function openKey(page: Page, passphrase: string): Promise<void> {
  await page
    .locator('#key-file')
    .setInputFiles({ name: 'russia.asc', mimeType: 'text/plain', buffer: Buffer.from(await protectedRussiaKey()) });
  await page.locator('#key-passphrase').fill(passphrase);
  await page.locator('[data-key-form] button[type="submit"]').click();
}

/** Opens the key with its passphrase and waits until the page lists it as open. */
async function unlockKey(page: Page): Promise<void> {
  await openKey(page, KEY_PASSPHRASE);
  await page.locator('[data-key-open]').waitFor({ timeout: DECRYPT_TIMEOUT_MS });
}

async function decryptedWith(armored: string, key: PrivateKey): Promise<string> {
  const { data } = await decrypt({ message: await readMessage({ armoredMessage: armored }), decryptionKeys: key });
  return String(data).trimEnd();
}

describe('the staff inbox', () => {
  it('opens the desk key in the page, decrypts a message and its file, answers it, and forgets it all on Lock', async ({ open }) => {
    const seeded = await seedMessage();
    const { page } = await open();
    const bodies: string[] = [];
    page.on('request', (request) => bodies.push(request.postData() ?? ''));
    await signIn(page, 'russia');
    expect(await page.locator('[data-signed-in]').textContent()).toBe(
      en['staff.signIn.as']?.replace('{email}', 'focal-point.russia@staff.eeas.example'),
    );

    await openKey(page, 'not the passphrase');
    await page
      .locator('[data-staff-problem-text]')
      .filter({ hasText: en['staff.key.wrongPassphrase'] ?? '' })
      .waitFor();
    await unlockKey(page);
    expect(await page.locator('[data-key-list]').textContent()).toContain('Sample human rights focal point, EU delegation russia');

    const row = page.locator(`[data-status-group="received"] [data-message-id="${seeded.id}"]`);
    await row.locator('button').click();
    await page.locator('[data-entry="defender"] .plaintext').waitFor({ timeout: DECRYPT_TIMEOUT_MS });
    expect(await page.locator('[data-entry="defender"] .plaintext').textContent()).toContain(SECRET);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('message-heading');

    await page.locator('[data-attachment-decrypt]').click();
    const link = page.locator('[data-attachment-link]');
    await link.waitFor({ timeout: DECRYPT_TIMEOUT_MS });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('hearings.pdf');
    expect(readFileSync(await download.path())).toEqual(PDF);
    await link.waitFor({ state: 'hidden' });

    await page.locator('#reply-text').fill(REPLY);
    await page.locator('[data-reply-form] button[type="submit"]').click();
    await page.locator('[data-entry="staff"] .plaintext').waitFor({ timeout: DECRYPT_TIMEOUT_MS });
    expect(await page.locator('[data-entry="staff"] .plaintext').textContent()).toBe(REPLY);
    await page.locator(`[data-status-group="answered"] [data-message-id="${seeded.id}"]`).waitFor();

    // What the server stored is ciphertext that the desk key and the defender's reply key both open.
    const conversation = (await (await staffApi('russia', `/api/staff/messages/${seeded.id}/conversation`)).json()) as {
      entries: { author: string; ciphertext: string }[];
    };
    const reply = conversation.entries.find((entry) => entry.author === 'staff')?.ciphertext ?? '';
    expect(await decryptedWith(reply, await russiaPrivateKey())).toBe(REPLY);
    const replyKey = await unlockReplyKey(seeded.replyPrivateKey, seeded.passphrase);
    if (!replyKey) throw new Error('the reply key does not open with its passphrase');
    expect(await decryptedWith(reply, replyKey)).toBe(REPLY);

    // Nothing but ciphertext left the page, and nothing was kept in the browser's storage.
    for (const body of bodies) for (const secret of [REPLY, KEY_PASSPHRASE, 'PRIVATE KEY']) expect(body).not.toContain(secret);
    const stored = await page.evaluate(async () => [localStorage.length, sessionStorage.length, (await indexedDB.databases()).length]);
    expect(stored).toEqual([0, 0, 0]);

    await page.locator('[data-key-lock]').click();
    await page.locator('[data-message-view]').waitFor({ state: 'hidden' });
    expect(await page.locator('[data-key-open]').isHidden()).toBe(true);
    expect(await page.locator('main').textContent()).not.toContain(SECRET);
    expect(await page.locator('[data-staff-status]').textContent()).toBe(en['staff.key.locked']);
  });

  it('changes a message’s status, and the inbox lists it under the new one', async ({ open }) => {
    const seeded = await seedMessage();
    const { page } = await open();
    await signIn(page, 'russia');
    await unlockKey(page);
    await page.locator(`[data-status-group="received"] [data-message-id="${seeded.id}"] button`).click();
    await page.locator('[data-entry="defender"] .plaintext').waitFor({ timeout: DECRYPT_TIMEOUT_MS });
    await page.locator('#message-status').selectOption('closed');
    await page.locator('[data-status-form] button[type="submit"]').click();
    await page.locator(`[data-status-group="closed"] [data-message-id="${seeded.id}"]`).waitFor();
    expect(await page.locator('[data-message-facts]').textContent()).toContain(en['staff.status.closed']);
  });

  it('lets the headquarters desk approve a contribution, which the open data then publishes, download its PDF, and never publish a confidential one', async ({
    open,
  }) => {
    const published = await seedContribution('anonymous', 'Steppe Watch (fictional)');
    const confidential = await seedContribution('confidential', 'Quiet Circle (fictional)');
    const { page } = await open();
    await signIn(page, 'headquarters');
    await page.locator('[data-year-form] button[type="submit"]').click();
    const card = page.locator(`[data-contribution="${published}"]`);
    await card.waitFor();
    expect(await card.textContent()).toContain(en['staff.publication.anonymous']);
    expect(await card.locator('[data-moderation-state]').textContent()).toBe(en['staff.moderation.pending']);
    await card.locator('[data-decision="approved"]').click();
    await card
      .locator('[data-moderation-state]')
      .filter({ hasText: en['staff.moderation.approved'] ?? '' })
      .waitFor();

    await card.locator('[data-pdf]').click();
    const pdfLink = card.locator('[data-pdf-link]');
    await pdfLink.waitFor();
    const [pdf] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
    expect(pdf.suggestedFilename()).toBe(`contribution-${published}.pdf`);
    expect(readFileSync(await pdf.path())).toEqual(PDF);

    const secret = page.locator(`[data-contribution="${confidential}"]`);
    expect(await secret.textContent()).toContain(en['staff.moderation.confidential']);
    expect(await secret.locator('[data-decision]').count()).toBe(0);

    const openData = (await (await fetch(`${baseUrl}/data/consultations/2026.json`)).json()) as { contributions: { id: string }[] };
    expect(openData.contributions.map((contribution) => contribution.id)).toContain(published);
    expect(openData.contributions.map((contribution) => contribution.id)).not.toContain(confidential);

    await page.locator('[data-export="csv"]').click();
    const link = page.locator('[data-export-link]');
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('consultation-2026.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain(published);
    expect(csv).toContain('Quiet Circle (fictional)');
  });

  it('says without JavaScript that it needs it, and shows the GnuPG way', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto('/staff/');
    expect(await page.locator('[data-staff-no-script] h2').textContent()).toBe(en['staff.noScript.heading']);
    expect(await page.locator('[data-staff-no-script] pre').textContent()).toContain('gpg --decrypt');
    expect(await page.locator('[data-staff-app]').isHidden()).toBe(true);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
    const { page: blocked } = await open({ withoutSiteScripts: true });
    await blocked.goto('/staff/');
    expect(await blocked.locator('[data-staff-no-script]').isVisible()).toBe(true);
    expect(await accessibilityViolations(blocked)).toEqual([]);
  });

  it('axe-core finds no violation on the inbox in English, signed in with a message open and contributions listed, and it reflows at 320 px', async ({
    open,
  }) => {
    const seeded = await seedMessage();
    const { page } = await open();
    await page.goto('/staff/');
    await page.locator('[data-token-form]').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await signIn(page, 'russia');
    await unlockKey(page);
    await page.locator(`[data-message-id="${seeded.id}"] button`).click();
    await page.locator('[data-entry="defender"] .plaintext').waitFor({ timeout: DECRYPT_TIMEOUT_MS });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    const { page: headquarters } = await open();
    await signIn(headquarters, 'headquarters');
    await headquarters.locator('[data-year-form] button[type="submit"]').click();
    await headquarters.locator('[data-contribution], [data-contributions] p').first().waitFor();
    expect(await accessibilityViolations(headquarters)).toEqual([]);
    await headquarters.setViewportSize({ width: 320, height: 800 });
    expect(await headquarters.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
