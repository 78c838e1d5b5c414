// Every page speaks the language of its address: the 404 page, the <title> and meta description of
// every page type (or they say they are English), and each archived contribution says its own language.
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { defaultLocale, locales } from '../../src/i18n/locales';
import { accessibilityViolations, baseUrl, it } from '../support/browser';

const strings = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../src/i18n/ui/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;

describe('the 404 page', () => {
  for (const lang of ['ru', 'ar']) {
    it(`is in the language of the address for /${lang}/…, with "home" going to /${lang}/`, async ({ open }) => {
      const response = await fetch(`${baseUrl}/${lang}/no-such-page/`);
      expect(response.status).toBe(404);
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      const { page } = await open({ javaScriptEnabled: false });
      await page.goto(`/${lang}/no-such-page/deeper/`);
      const locale = locales.find((candidate) => candidate.code === lang);
      expect(await page.getAttribute('html', 'lang')).toBe(locale?.tag);
      expect(await page.getAttribute('html', 'dir')).toBe(locale?.dir);
      expect(await page.locator('main h1').textContent()).toBe(strings(lang)['notFound.title']);
      expect(await page.title()).toContain(strings(lang)['notFound.title']);
      expect(await page.locator('main a', { hasText: strings(lang)['notFound.home'] ?? '' }).getAttribute('href')).toBe(`/${lang}/`);
      expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
    });

    it(`has no WCAG 2.1 AA violation in /${lang}/`, async ({ open }) => {
      const { page } = await open();
      await page.goto(`/${lang}/no-such-page/`);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }

  it('is in English for an address without a language, or in one the site does not have', async () => {
    for (const path of ['/no-such-page', '/de/', '/en/delegations/no-such-delegation/contact/']) {
      const response = await fetch(`${baseUrl}${path}`);
      expect(response.status, path).toBe(404);
      const html = await response.text();
      expect(html, path).toContain(`<html lang="${defaultLocale}"`);
      expect(html, path).toContain(strings('en')['notFound.title']);
    }
    const russian = await (await fetch(`${baseUrl}/ru/delegations/no-such-delegation/contact/`)).text();
    expect(russian).toContain(strings('ru')['notFound.title']);
  });
});

const PAGE_TYPES = [
  '',
  'delegations/',
  'delegations/russia/',
  'countries/ru/',
  'countries/td/',
  'delegations/russia/contact/',
  'receipts/',
  'guidelines/',
  'guidelines/human-rights-defenders/',
  'guidelines/lgbti/',
  'stories/',
  'stories/country/lb/',
  'stories/line/new-technologies/',
  'statements/',
  'statements/country/ru/',
  'transparency/',
  'open-data/',
  'consultations/',
  'consultations/2026/',
  'consultations/2025/',
  'safety/',
  'privacy/',
];

interface HeadText {
  title: string;
  titleLang: string | undefined;
  description: string | undefined;
  descriptionLang: string | undefined;
}

async function headText(path: string): Promise<HeadText> {
  const html = await (await fetch(`${baseUrl}${path}`)).text();
  const title = /<title(?: lang="([^"]*)")?>([^<]*)<\/title>/.exec(html);
  const description = /<meta name="description" content="([^"]*)"(?: lang="([^"]*)")?/.exec(html);
  return {
    title: (title?.[2] ?? '').split(' · ')[0] ?? '',
    titleLang: title?.[1],
    description: description?.[1],
    descriptionLang: description?.[2],
  };
}

describe('titles and descriptions', () => {
  it('are in the page language on every page type, or marked as English where they are English', async () => {
    const unmarked: string[] = [];
    for (const path of PAGE_TYPES) {
      const english = await headText(`/en/${path}`);
      expect(english.description, `/en/${path} has a description`).toBeTruthy();
      for (const { code } of locales.filter((locale) => locale.code !== 'en')) {
        const own = await headText(`/${code}/${path}`);
        if (path !== '' && own.title === english.title && own.titleLang !== 'en') unmarked.push(`title of /${code}/${path}`);
        if (own.description === english.description && own.descriptionLang !== 'en') unmarked.push(`description of /${code}/${path}`);
      }
    }
    expect(unmarked).toEqual([]);
  });
});

describe('consultation archives', () => {
  it('mark every published answer and organisation name with the language it is written in', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto('/ar/consultations/2025/');
    const answers = page.locator('article.contribution > p:not(.story-meta)');
    expect(await answers.count()).toBeGreaterThan(10);
    const marks = await answers.evaluateAll((paragraphs) => paragraphs.map((p) => [p.getAttribute('lang'), p.getAttribute('dir')]));
    expect(marks.every(([lang, dir]) => lang && dir === 'ltr')).toBe(true);
    expect(new Set(marks.map(([lang]) => lang))).toEqual(new Set(['en', 'es', 'fr']));
    const spanish = page.locator('article.contribution', { hasText: 'C2025-K7DW-4NZA' }).locator('> p:not(.story-meta)');
    expect(await spanish.first().getAttribute('lang')).toBe('es');
  });
});
