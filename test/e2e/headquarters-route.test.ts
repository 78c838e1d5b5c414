// No dead ends in the directory: a delegation without a focal point (Chad) or without a key (Peru)
// still offers a secure route, to the headquarters desk, said plainly in the reader's language, with
// and without JavaScript; every delegation page tells when it was verified and what to do in danger.
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { accessibilityViolations, it } from '../support/browser';

const strings = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../src/i18n/ui/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;
const RECEIPT = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

describe('a delegation without a focal point', () => {
  it('on /fr/, offers the headquarters route and, without JavaScript, delivers the message with a receipt', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false, locale: 'fr-FR' });
    await page.goto('/fr/delegations/chad/');
    expect(await page.locator('#secure + [data-headquarters-route]').textContent()).toBe(
      strings('fr')['delegation.headquarters.noFocalPoint'],
    );
    await page.locator('a.button-link[href="/fr/delegations/chad/contact/"]').click();
    await page.waitForURL('**/fr/delegations/chad/contact/');
    expect(await page.locator('[data-headquarters-route]').textContent()).toContain('Bruxelles');
    await page.locator('#message').fill('Nous sommes surveillés depuis la manifestation.');
    await page.locator('form button[type="submit"]').click();
    await page.locator('[data-receipt-code]').waitFor();
    expect(await page.locator('[data-receipt-code]').textContent()).toMatch(RECEIPT);
  });
});

describe('a delegation with a mailbox but no key', () => {
  it('on /ar/, says so and encrypts in the browser to the headquarters desk key', async ({ open }) => {
    const { page } = await open({ locale: 'ar' });
    await page.goto('/ar/delegations/peru/');
    expect(await page.locator('[data-headquarters-route]').textContent()).toBe(strings('ar')['delegation.headquarters.noKey']);
    await page.goto('/ar/delegations/peru/contact/');
    // The page carries the key it encrypts to: the desk's, as published at /keys/headquarters.asc.
    const published = await (await page.request.get('/keys/headquarters.asc')).text();
    expect(JSON.parse((await page.locator('#contact-key').textContent()) ?? '""')).toBe(published);
    await page.locator('#message').fill('رسالة سرية');
    // The API accepts only ciphertext to the desk's key for Peru, so a receipt means it was encrypted to it.
    const [request] = await Promise.all([
      page.waitForRequest((sent) => sent.url().endsWith('/api/contact/peru') && sent.method() === 'POST'),
      page.waitForResponse((response) => response.url().endsWith('/api/contact/peru') && response.status() === 201),
      page.locator('form button[type="submit"]').click(),
    ]);
    expect(request.postData()).toContain('BEGIN PGP MESSAGE');
    expect(request.postData()).not.toContain('رسالة سرية');
    await page.locator('[data-receipt-code]').waitFor();
    expect(await page.locator('[data-receipt-code]').textContent()).toMatch(RECEIPT);
  });
});

describe('every delegation page', () => {
  it('states when the entry was verified and gives the emergency line with its source, in the reader language', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto('/es/delegations/chad/');
    expect(await page.locator('#verified').textContent()).toBe(strings('es')['delegation.verified.heading']);
    const emergency = page.locator('section.emergency');
    expect(await emergency.locator('a.hotline').getAttribute('href')).toMatch(/^tel:\+\d+$/);
    expect(await emergency.locator('a[href^="https://protectdefenders.eu/"]').count()).toBeGreaterThan(1);
    expect(await emergency.textContent()).toContain(strings('es')['emergency.hotline']);
  });

  it('the safety page carries the same emergency facts', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto('/en/safety/');
    expect(await page.locator('section.emergency a.hotline').count()).toBe(1);
  });

  for (const path of ['/en/delegations/chad/', '/ar/delegations/peru/', '/ar/delegations/chad/contact/']) {
    it(`axe-core finds no violation on ${path}`, async ({ open }) => {
      const { page } = await open();
      await page.goto(path);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }
});
