import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect } from 'vitest';
import { accessibilityViolations, baseUrl, it, searchResults } from '../support/browser';

const strings = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../src/i18n/ui/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;
const russian = strings('ru');
const persian = strings('fa');

describe('the guidelines library', () => {
  it('on /fr/, search finds the defenders guidelines; a paragraph anchor works; Arabic is right to left', async ({ open }) => {
    const { page } = await open({ locale: 'fr-FR' });
    const results = await searchResults(page, 'fr', 'défenseurs');
    expect(results[0]).toBe('/fr/guidelines/human-rights-defenders/');
    await page.locator('[data-search-results] li a').first().click();
    await page.waitForURL('**/fr/guidelines/human-rights-defenders/');
    const anchor = page.locator('#what-you-can-ask-1 a.anchor');
    await anchor.click();
    await page.waitForURL('**/fr/guidelines/human-rights-defenders/#what-you-can-ask-1');
    expect(new URL(page.url()).hash).toBe('#what-you-can-ask-1');
    expect(await page.locator('#what-you-can-ask-1').isVisible()).toBe(true);
    await page.locator('nav.languages a[hreflang="ar"]').click();
    await page.waitForURL('**/ar/guidelines/human-rights-defenders/');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.locator('article.guideline').evaluate((article) => getComputedStyle(article).direction)).toBe('rtl');
    expect(await page.locator('.note[role="note"]').count()).toBe(0);
  });

  it('has the defenders guidelines in Persian, right to left, marked as an unreviewed translation', async ({ open }) => {
    const { page } = await open({ locale: 'fa-IR' });
    await page.goto('/fa/guidelines/human-rights-defenders/');
    expect(await page.locator('article.guideline').getAttribute('lang')).toBe('fa');
    expect(await page.locator('article.guideline').evaluate((article) => getComputedStyle(article).direction)).toBe('rtl');
    expect(await page.locator('.guideline-facts').textContent()).toContain(persian['status.unreviewed']);
    expect(await page.locator('.note[role="note"]').count()).toBe(0);
  });

  it('on /sw/ and /rn/, search finds the defenders guidelines in the page language', async ({ open }) => {
    const { page } = await open();
    expect((await searchResults(page, 'sw', 'watetezi'))[0]).toBe('/sw/guidelines/human-rights-defenders/');
    expect((await searchResults(page, 'rn', 'ingingo ngenderwako'))[0]).toBe('/rn/guidelines/human-rights-defenders/');
  });

  it('on /ru/, search for правозащитники finds the defenders guidelines first', async ({ open }) => {
    const { page } = await open();
    expect((await searchResults(page, 'ru', 'правозащитники'))[0]).toBe('/ru/guidelines/human-rights-defenders/');
  });

  it('on /tr/ and /uk/, search finds the defenders guidelines by a word of their own summary', async ({ open }) => {
    const { page } = await open();
    expect((await searchResults(page, 'tr', 'savunucuları'))[0]).toBe('/tr/guidelines/human-rights-defenders/');
    expect((await searchResults(page, 'uk', 'правозахисників'))[0]).toBe('/uk/guidelines/human-rights-defenders/');
  });

  it('shows a guideline missing in Russian in English with a notice, and indexes only its Russian title and description', async ({
    open,
  }) => {
    const { page } = await open();
    await page.goto('/ru/guidelines/lgbti/');
    expect(await page.locator('.note[role="note"] strong').textContent()).toContain(russian['guidelines.fallback.heading']);
    expect(await page.locator('article.guideline').getAttribute('lang')).toBe('en');
    expect(await page.locator('article.guideline').getAttribute('dir')).toBe('ltr');
    expect(await page.locator('article.guideline').getAttribute('data-pagefind-ignore')).toBe('');
    // Words of the English text are not in the Russian index; the Russian title is.
    expect(await searchResults(page, 'ru', 'intersex')).not.toContain('/ru/guidelines/lgbti/');
    const results = await searchResults(page, 'ru', 'интерсекс');
    expect(results).toContain('/ru/guidelines/lgbti/');
    expect(results.every((href) => href.startsWith('/ru/'))).toBe(true);
  });

  it('lets search narrow to stories of one line of action', async ({ open }) => {
    const { page } = await open();
    const results = await searchResults(page, 'en', 'EU', '&type=story&line=new-technologies');
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((href) => href.startsWith('/en/stories/'))).toBe(true);
  });
});

describe('the stories feed', () => {
  it('parses as Atom with a real XML parser, with absolute URLs and dates', async () => {
    for (const lang of ['en', 'ar']) {
      const response = await fetch(`${baseUrl}/${lang}/stories/feed.xml`);
      expect(response.headers.get('Content-Type')).toContain('xml');
      const xml = await response.text();
      expect(XMLValidator.validate(xml)).toBe(true);
      const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
      expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
      const entries = [feed.entry].flat();
      expect(entries.length).toBeGreaterThan(lang === 'en' ? 11 : 1);
      for (const entry of entries) {
        expect(entry.link['@_href']).toMatch(new RegExp(`^https://[^/]+/${lang}/stories/[a-z0-9-]+/$`));
        expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
      }
    }
  });
});

describe('accessibility of the library', () => {
  for (const lang of ['en', 'ar', 'tr', 'uk', 'rn', 'sw', 'fa']) {
    for (const path of [
      'guidelines/',
      'guidelines/human-rights-defenders/',
      'guidelines/translations/',
      'stories/',
      'stories/from-a-village-legal-aid-desk-to-geneva/',
    ]) {
      it(`axe-core finds no violation on /${lang}/${path}`, async ({ open }) => {
        const { page } = await open();
        await page.goto(`/${lang}/${path}`);
        expect(await accessibilityViolations(page)).toEqual([]);
      });
    }
  }
});
