// The two-way channel in Chromium: a defender sends, the focal point answers inside the channel
// (here through the staff API, as the staff inbox does), and only the defender, with receipt code and
// passphrase, reads the answer: decrypted in the browser with JavaScript, in the Worker without it.
import { readFileSync } from 'node:fs';
import { decrypt, readKey, readMessage, readPrivateKey } from 'openpgp';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { encryptConversationText } from '../../functions/core/contact/conversation';
import { accessibilityViolations, baseUrl, it } from '../support/browser';
import { localStaffToken } from '../support/local-staff';

const ui = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../src/i18n/ui/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;
const PASSPHRASE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}$/;

async function staffApi(desk: string, path: string, init: RequestInit = {}) {
  const headers = { 'Cf-Access-Jwt-Assertion': await localStaffToken(desk), 'Content-Type': 'application/json' };
  return fetch(`${baseUrl}/api/staff/${path}`, { ...init, headers });
}

/** The id of the desk's message that contains `marker`, found as the focal point would: by decrypting the list. */
async function messageWith(desk: string, marker: string): Promise<string> {
  // The sample private keys carry no passphrase (test/fixtures/keys/README.md).
  const privateKey = await readPrivateKey({
    armoredKey: readFileSync(new URL(`../fixtures/keys/${desk}.private.asc`, import.meta.url), 'utf8'),
  });
  const { messages } = (await (await staffApi(desk, `messages?delegation=${desk}`)).json()) as {
    messages: { id: string; ciphertext: string }[];
  };
  let id: string | undefined;
  for (const message of messages) {
    const { data } = await decrypt({ message: await readMessage({ armoredMessage: message.ciphertext }), decryptionKeys: privateKey });
    if (String(data).includes(marker)) id = message.id;
  }
  if (!id) throw new Error(`no message with "${marker}" for ${desk}`);
  return id;
}

/** The focal point answers through the API, encrypted to the desk key and the reply key, as the staff inbox does. */
async function answer(desk: string, marker: string, text: string): Promise<void> {
  const id = await messageWith(desk, marker);
  const { replyKey } = (await (await staffApi(desk, `messages/${id}/conversation`)).json()) as { replyKey: string };
  const keys = [
    await readKey({ armoredKey: readFileSync(new URL(`../../content/keys/${desk}.asc`, import.meta.url), 'utf8') }),
    await readKey({ armoredKey: replyKey }),
  ];
  const response = await staffApi(desk, `messages/${id}/replies`, {
    method: 'POST',
    body: JSON.stringify({ ciphertext: await encryptConversationText(text, keys) }),
  });
  expect(response.status).toBe(201);
}

/** The focal point answers in the staff inbox: signs in, opens the desk's key in the page, writes the reply. */
async function answerInInbox(page: Page, desk: string, marker: string, text: string): Promise<void> {
  const id = await messageWith(desk, marker);
  await page.goto('/staff/');
  await page.locator('#staff-token').fill(await localStaffToken(desk));
  await page.locator('[data-token-form] button[type="submit"]').click();
  await page.locator('[data-signed-in]').waitFor();
  const key = readFileSync(new URL(`../fixtures/keys/${desk}.private.asc`, import.meta.url));
  await page.locator('#key-file').setInputFiles({ name: `${desk}.asc`, mimeType: 'text/plain', buffer: key });
  await page.locator('[data-key-form] button[type="submit"]').click();
  await page.locator('[data-key-open]').waitFor({ timeout: 30_000 });
  await page.locator(`[data-message-id="${id}"] button`).click();
  await page.locator('#reply-text').fill(text);
  await page.locator('[data-reply-form] button[type="submit"]').click();
  await page.locator('[data-entry="staff"] .plaintext').waitFor({ timeout: 30_000 });
}

async function send(page: Page, lang: string, desk: string, text: string): Promise<{ code: string; passphrase: string }> {
  await page.goto(`/${lang}/delegations/${desk}/contact/`);
  await page.locator('#message').fill(text);
  await page.locator('form[data-contact-form] button[type="submit"]').click();
  await page.locator('[data-receipt-passphrase]').filter({ hasText: /\S/ }).waitFor({ timeout: 30_000 });
  const code = (await page.locator('[data-receipt-code]').textContent()) ?? '';
  const passphrase = (await page.locator('[data-receipt-passphrase]').textContent()) ?? '';
  expect(passphrase).toMatch(PASSPHRASE);
  return { code, passphrase };
}

async function openConversation(page: Page, lang: string, code: string, passphrase: string): Promise<void> {
  await page.goto(`/${lang}/receipts/`);
  await page.locator('#code').fill(code);
  await page.locator('#passphrase').fill(passphrase);
  await page.locator('[data-receipt-form] button[type="submit"]').click();
  // The conversation, or the page's answer that it could not be opened.
  await page.locator('[data-conversation-entries] li, [data-receipt-status]').first().waitFor({ timeout: 30_000 });
}

describe('a two-way conversation', () => {
  it('with JavaScript on /ru/: sent from the browser, answered in the staff inbox, the answer read with receipt and passphrase', async ({
    open,
  }) => {
    const russian = ui('ru');
    const { page, requests } = await open({ locale: 'ru' });
    const { code, passphrase } = await send(page, 'ru', 'belarus', 'Нас вызывают на допрос в четверг');
    const staff = await open();
    await answerInInbox(staff.page, 'belarus', 'Нас вызывают на допрос в четверг', 'Мы свяжемся с вами сегодня');

    const [conversationRequest] = await Promise.all([
      page.waitForRequest((request) => request.url().endsWith('/api/receipts/conversation')),
      openConversation(page, 'ru', code, passphrase),
    ]);
    expect(conversationRequest.postData()).not.toContain(passphrase);
    await page.locator('[data-author="staff"]').waitFor();
    expect(await page.locator('[data-author="staff"] .conversation-text').textContent()).toBe('Мы свяжемся с вами сегодня');
    expect(await page.locator('[data-author="defender"] .conversation-text').textContent()).toContain('Нас вызывают на допрос в четверг');
    expect(await page.locator('[data-conversation-where]').textContent()).toBe(russian['receipts.conversation.decryptedHere']);
    expect(requests.every((url) => url.startsWith(baseUrl))).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.locator('#follow-up-message').fill('Спасибо, ждём');
    await page.locator('[data-follow-up] button[type="submit"]').click();
    await page.locator('[data-author="defender"]').nth(1).waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-author="defender"]').nth(1).locator('.conversation-text').textContent()).toBe('Спасибо, ждём');
  });

  it('with JavaScript off on /ar/: the Worker makes the reply key, and opens the conversation for one no-store page', async ({ open }) => {
    const arabic = ui('ar');
    const { page } = await open({ javaScriptEnabled: false, locale: 'ar' });
    const { code, passphrase } = await send(page, 'ar', 'saudi-arabia', 'نحتاج إلى مراقب في المحاكمة');
    await answer('saudi-arabia', 'نحتاج إلى مراقب في المحاكمة', 'سيحضر مراقب من البعثة');

    await openConversation(page, 'ar', code, 'wrong-' + passphrase.slice(6));
    expect(await page.locator('[data-receipt-status]').textContent()).toBe(arabic['receipts.error.locked']);

    const response = await page.goto(`/ar/receipts/`);
    expect(response?.headers()['cache-control']).toContain('no-store');
    await openConversation(page, 'ar', code, passphrase.toLowerCase());
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.locator('[data-author="staff"] .conversation-text').textContent()).toBe('سيحضر مراقب من البعثة');
    expect(await page.locator('[data-conversation-where]').textContent()).toBe(arabic['receipts.conversation.decryptedServer']);

    await page.locator('#follow-up-message').fill('شكراً جزيلاً');
    await page.locator('[data-follow-up] button[type="submit"]').click();
    await page.locator('[data-conversation-notice]').waitFor();
    expect(await page.locator('[data-conversation-notice]').textContent()).toBe(arabic['receipts.followUp.sent']);
    expect(await page.locator('[data-author="defender"]').nth(1).locator('.conversation-text').textContent()).toBe('شكراً جزيلاً');

    await page.locator('[data-author="staff"] button[type="submit"]').click();
    await page.locator('[data-conversation-notice]').waitFor();
    expect(await page.locator('[data-conversation-notice]').textContent()).toBe(arabic['receipts.delete.done']);
    expect(await page.locator('[data-author="staff"]').count()).toBe(0);
  });

  it('the conversation page, as the Worker renders it, is axe-core clean in en and ar', async ({ open }) => {
    for (const [lang, desk] of [
      ['en', 'china'],
      ['ar', 'egypt'],
    ] as const) {
      const { page } = await open({ withoutSiteScripts: true, locale: lang });
      const { code, passphrase } = await send(page, lang, desk, `axe check ${lang}`);
      await answer(desk, `axe check ${lang}`, `answer ${lang}`);
      await openConversation(page, lang, code, passphrase);
      await page.locator('[data-author="staff"]').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
    }
  });
});
