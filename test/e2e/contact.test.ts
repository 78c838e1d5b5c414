import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { accessibilityViolations, it } from '../support/browser';

const arabic = JSON.parse(readFileSync(new URL('../../src/i18n/ui/ar.json', import.meta.url), 'utf8')) as Record<string, string>;
const SECRET = 'اعتُقل ثلاثة من زملائنا أمام المحكمة';
const REPLY = 'signal: +000 111 222';
const PDF = Buffer.from('%PDF-1.4 list of detained colleagues');
const RECEIPT = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

async function fillForm(page: Page, withFile = true) {
  await page.locator('#message').fill(SECRET);
  await page.locator('#replyTo').fill(REPLY);
  await page.locator('#name').fill('Layla');
  if (withFile) await page.locator('#attachment').setInputFiles({ name: 'list.pdf', mimeType: 'application/pdf', buffer: PDF });
}

// The four messages this file sends to Russia stay within CONTACT_RATE_LIMIT (5 per client, delegation
// and hour) of the fresh e2e server; the one sent when the encryption code cannot load goes to Armenia.
/** Sends the Arabic form to the Russia delegation as a browser without JavaScript does; returns the receipt code shown. */
async function sendWithoutJavaScript(page: Page): Promise<string> {
  await page.goto('/ar/delegations/russia/contact/');
  await fillForm(page);
  await page.locator('form button[type="submit"]').click();
  await page.locator('[data-receipt-code]').waitFor();
  return (await page.locator('[data-receipt-code]').textContent()) ?? '';
}

describe('a secure message to the Russia delegation', () => {
  it('with JavaScript on /ar/, is encrypted in the browser: the request carries no plaintext', async ({ open }) => {
    const { page } = await open({ locale: 'ar' });
    await page.goto('/ar/delegations/russia/contact/');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await fillForm(page);
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().endsWith('/api/contact/russia') && r.method() === 'POST'),
      page.locator('form button[type="submit"]').click(),
    ]);
    const body = request.postData() ?? '';
    expect(body).toContain('BEGIN PGP MESSAGE');
    for (const plaintext of [SECRET, REPLY, 'Layla', 'detained colleagues', 'list.pdf']) expect(body).not.toContain(plaintext);
    const code = (await page.locator('[data-receipt-code]').textContent({ timeout: 20_000 })) ?? '';
    expect(code).toMatch(RECEIPT);
    expect(await page.locator('#receipt-heading').textContent()).toBe(arabic['contact.sent.heading']);
  });

  it('loads its encryption code and makes the reply key once the page is idle, before anyone touches the form', async ({ open }) => {
    const { page } = await open();
    const [worker] = await Promise.all([page.waitForEvent('worker'), page.goto('/en/delegations/russia/contact/')]);
    expect(worker.url()).toMatch(/\/_astro\/crypto-worker-[\w-]+\.js$/);
    for (const mark of ['contact-encryption-ready', 'contact-reply-key-ready'])
      await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 30_000 });
    expect(await page.evaluate(() => document.activeElement?.id ?? '')).not.toBe('message');
  });

  it('with JavaScript off on /ar/, is encrypted by the Worker and the receipt is shown in Arabic', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false, locale: 'ar' });
    const noScriptReceipt = await sendWithoutJavaScript(page);
    expect(noScriptReceipt).toMatch(RECEIPT);
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.locator('#receipt-heading').textContent()).toBe(arabic['contact.sent.heading']);
  });

  it('can be followed with the receipt code, posted in the form and never in the address', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false, locale: 'ar' });
    const noScriptReceipt = await sendWithoutJavaScript(page);
    await page.goto('/ar/receipts/');
    await page.locator('#code').fill(noScriptReceipt.toLowerCase());
    await page.locator('form button[type="submit"]').click();
    await page.locator('[data-receipt-status]').waitFor();
    expect(await page.locator('[data-receipt-status]').textContent()).toBe(arabic['receipts.status.received']);
    expect(page.url()).not.toContain(noScriptReceipt);
  });

  it('with JavaScript off, a file of the wrong kind gets a field error in Spanish and the text is kept', async ({ open }) => {
    const spanish = JSON.parse(readFileSync(new URL('../../src/i18n/ui/es.json', import.meta.url), 'utf8')) as Record<string, string>;
    const { page } = await open({ javaScriptEnabled: false, locale: 'es' });
    await page.goto('/es/delegations/russia/contact/');
    await fillForm(page, false);
    await page
      .locator('#attachment')
      .setInputFiles({ name: 'script.pdf', mimeType: 'application/pdf', buffer: Buffer.from('#!/bin/sh\nrm -rf /') });
    await page.locator('form button[type="submit"]').click();
    await page.locator('#attachment-error').waitFor();
    expect(await page.locator('#attachment-error').textContent()).toBe(spanish['contact.error.fileType']);
    expect(await page.locator('#message').inputValue()).toBe(SECRET);
    expect(await page.locator('#attachment').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('accessibility of the secure contact pages', () => {
  for (const lang of ['en', 'ar']) {
    for (const path of ['delegations/china/contact/', 'receipts/']) {
      it(`axe-core finds no violation on /${lang}/${path}`, async ({ open }) => {
        const { page } = await open();
        await page.goto(`/${lang}/${path}`);
        expect(await accessibilityViolations(page)).toEqual([]);
      });
    }
  }

  it('axe-core finds no violation on the receipt page of a form sent without JavaScript', async ({ open }) => {
    const { page } = await open({ withoutSiteScripts: true, locale: 'ar' });
    await page.goto('/ar/delegations/china/contact/');
    await page.locator('#message').fill('رسالة');
    await page.locator('form button[type="submit"]').click();
    await page.locator('[data-receipt-code]').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('axe-core finds no violation on a form returned with errors', async ({ open }) => {
    const { page } = await open({ withoutSiteScripts: true });
    await page.goto('/en/delegations/china/contact/');
    await page.locator('#message').fill('hello');
    await page.locator('#attachment').setInputFiles({ name: 'x.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
    await page.locator('form button[type="submit"]').click();
    await page.locator('#attachment-error').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe('a secure message whose encryption code cannot be loaded', () => {
  it('is posted as without JavaScript, encrypted by the Worker, and the receipt is shown', async ({ open }) => {
    const { context, page } = await open();
    await context.route('**/_astro/crypto-worker-*.js', (route) => route.abort());
    await page.goto('/en/delegations/armenia/contact/');
    await fillForm(page, false);
    const [request] = await Promise.all([
      page.waitForRequest((sent) => sent.method() === 'POST'),
      page.locator('form button[type="submit"]').click(),
    ]);
    expect(new URL(request.url()).pathname).toBe('/en/delegations/armenia/contact/');
    await page.locator('[data-receipt-code]').waitFor();
    expect(await page.locator('[data-receipt-code]').textContent()).toMatch(RECEIPT);
  });
});
