import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { accessibilityViolations, baseUrl, it } from '../support/browser';

const strings = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../src/i18n/ui/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;
const ANSWER = 'La observación de juicios protegió a tres defensoras, pero faltan visitas a las regiones.';
const CONTRIBUTION_ID = /^C2026-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

async function fillWithOneMistake(page: Page, answer: string) {
  await page.locator('#organisation').fill('Colectivo Tierra (fictional)');
  await page.locator('#type').selectOption('ngo');
  await page.locator('#country').selectOption('HN');
  await page.locator('#transparencyRegisterId').fill('12345');
  await page.locator('#publication-anonymous').check();
  await page.locator('#answer-protecting-individuals').fill(answer);
  await page.locator('#consent').check();
  await page.locator('.consultation-form button[type="submit"]').click();
}

async function correctAndSend(page: Page) {
  await page.locator('#transparencyRegisterId').fill('123456789012-34');
  await page.locator('#consent').check();
  await page.locator('.consultation-form button[type="submit"]').click();
  await page.locator('[data-receipt-id]').waitFor();
  expect(await page.locator('[data-receipt-id]').textContent()).toMatch(CONTRIBUTION_ID);
  expect(await page.locator('[data-receipt-hash]').textContent()).toMatch(/^[0-9a-f]{64}$/);
  expect(await page.locator('[data-receipt-secret]').textContent()).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$/);
}

describe('a contribution to the 2026 consultation', () => {
  it('without JavaScript on /es/: one mistake gets a Spanish field error with the text kept, then a receipt', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false, locale: 'es' });
    await page.goto('/es/consultations/2026/');
    await fillWithOneMistake(page, ANSWER);
    await page.locator('#transparencyRegisterId-error').waitFor();
    expect(await page.locator('#transparencyRegisterId-error').textContent()).toBe(strings('es')['consultation.error.registerInvalid']);
    expect(await page.locator('#answer-protecting-individuals').inputValue()).toBe(ANSWER);
    expect(await page.locator('#organisation').inputValue()).toBe('Colectivo Tierra (fictional)');
    await correctAndSend(page);
    expect(await page.locator('#receipt-heading').textContent()).toBe(strings('es')['consultation.sent.heading']);
  });

  it('with JavaScript on /ar/: the same mistake is shown in Arabic, then the receipt', async ({ open }) => {
    const { page } = await open({ locale: 'ar' });
    await page.goto('/ar/consultations/2026/');
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().endsWith('/api/consultations/2026/submissions')),
      fillWithOneMistake(page, 'الحماية غير كافية في المناطق الريفية.'),
    ]);
    expect(request.method()).toBe('POST');
    await page.locator('#transparencyRegisterId-error').waitFor({ state: 'visible' });
    expect(await page.locator('#transparencyRegisterId-error').textContent()).toBe(strings('ar')['consultation.error.registerInvalid']);
    expect(await page.locator('#answer-protecting-individuals').inputValue()).toBe('الحماية غير كافية في المناطق الريفية.');
    await correctAndSend(page);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
  });
});

describe('past consultations and open data', () => {
  it('show the archive of a closed cycle with its campaign counted once', async () => {
    const html = await (await fetch(`${baseUrl}/en/consultations/2025/`)).text();
    expect(html).toContain((strings('en')['consultation.stats.campaigns'] ?? 'missing').replace('{count}', '1'));
    expect(html).not.toContain('<form method="post" enctype="multipart/form-data"');
  });

  it('publish JSON and CSV without e-mails or confidential contributions', async () => {
    const json = await (await fetch(`${baseUrl}/data/consultations/2025.json`)).json<{
      contributions: { id: string; publication: string; organisation: string | null }[];
    }>();
    expect(json.contributions.length).toBeGreaterThan(5);
    expect(json.contributions.every((entry) => entry.publication !== 'public' || entry.organisation)).toBe(true);
    expect(json.contributions.filter((entry) => entry.publication === 'anonymous').every((entry) => entry.organisation === null)).toBe(
      true,
    );
    const csv = await (await fetch(`${baseUrl}/data/consultations/2025.csv`)).text();
    const records = parse(csv, { columns: true }) as Record<string, string>[];
    expect(records.map((record) => record.id)).toEqual(json.contributions.map((entry) => entry.id));
    expect(csv).not.toMatch(/@[a-z0-9.-]+\.[a-z]{2,}/i);
    const current = await (await fetch(`${baseUrl}/data/consultations/2026.json`)).text();
    expect(current).not.toContain('Colectivo Tierra');
  });
});

describe('accessibility of the consultation pages', () => {
  for (const lang of ['en', 'ar']) {
    for (const path of ['consultations/', 'consultations/2026/', 'consultations/2025/']) {
      it(`axe-core finds no violation on /${lang}/${path}`, async ({ open }) => {
        const { page } = await open();
        await page.goto(`/${lang}/${path}`);
        expect(await accessibilityViolations(page)).toEqual([]);
      });
    }

    it(`axe-core finds no violation on the receipt page in ${lang}`, async ({ open }) => {
      const { page } = await open({ withoutSiteScripts: true });
      await page.goto(`/${lang}/consultations/2026/`);
      await fillWithOneMistake(page, 'Answer');
      await page.locator('#transparencyRegisterId-error').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await correctAndSend(page);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }
});
