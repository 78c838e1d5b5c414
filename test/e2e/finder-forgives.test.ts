// The finder forgives what people get wrong, in several languages, with and without JavaScript:
// aliases and long official forms, the other script of Chinese, missing punctuation, small typos.
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { parse } from 'yaml';
import { formatMessage } from '../../functions/core/i18n/messages';
import { accessibilityViolations, it, searchResults } from '../support/browser';

const countries = parse(readFileSync(new URL('../../content/countries.yaml', import.meta.url), 'utf8')) as Record<
  string,
  { covered_by_delegation_id: string }
>;
const ui = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../src/i18n/ui/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;
const delegationOf = (lang: string, code: string) => `/${lang}/delegations/${countries[code]?.covered_by_delegation_id}/`;

const EXACT = [
  { lang: 'en', query: 'Ivory Coast', code: 'CI' },
  { lang: 'en', query: 'Cote dIvoire', code: 'CI' },
  { lang: 'en', query: 'Russian Federation', code: 'RU' },
  { lang: 'ru', query: 'Rossiya', code: 'RU' },
  { lang: 'zh', query: '俄羅斯', code: 'RU' },
  { lang: 'zh', query: '臺灣', code: 'TW' },
  { lang: 'ar', query: 'بورما', code: 'MM' },
  { lang: 'fr', query: 'Swaziland', code: 'SZ' },
];

const TYPOS = [
  { lang: 'ru', query: 'Росия', code: 'RU' },
  { lang: 'en', query: 'Burundii', code: 'BI' },
  { lang: 'ar', query: 'Burundii', code: 'BI' },
  { lang: 'fr', query: 'Hondruas', code: 'HN' },
];

describe('the country finder without JavaScript', () => {
  it('takes an alias, a transliteration, the other script of Chinese or a name without punctuation straight to the country', async ({
    open,
  }) => {
    const { page } = await open({ javaScriptEnabled: false });
    for (const { lang, query, code } of EXACT) {
      await page.goto(`/${lang}/find/?q=${encodeURIComponent(query)}`);
      expect(new URL(page.url()).pathname, `${query} on /${lang}/`).toBe(`/${lang}/countries/${code.toLowerCase()}/`);
    }
  });

  it('lists China first, then the places whose names start with it, for 中國 as for 中国', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false });
    for (const query of ['中國', '中国']) {
      await page.goto(`/zh/find/?q=${encodeURIComponent(query)}`);
      expect(await page.locator('main ul a').first().getAttribute('href'), query).toBe('/zh/countries/cn/');
    }
  });

  it('offers the country close to a typo, and says it did not take it for granted', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false });
    for (const { lang, query, code } of TYPOS) {
      await page.goto(`/${lang}/find/?q=${encodeURIComponent(query)}`);
      expect(new URL(page.url()).pathname).toBe(`/${lang}/find/`);
      expect(await page.locator('main [role="status"]').textContent()).toBe(formatMessage(ui(lang)['find.didYouMean'] ?? '', { query }));
      const links = await page.locator('main ul a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      expect(links, `${query} on /${lang}/`).toContain(`/${lang}/countries/${code.toLowerCase()}/`);
    }
  });

  it('lists every country a name fits, counting them in the language’s plural form', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false });
    for (const { lang, query, expected } of [
      { lang: 'ru', query: 'Конго', expected: 'соответствуют 2 страны' },
      { lang: 'ar', query: 'الكونغو', expected: 'يطابق بلدان' },
      { lang: 'en', query: 'Congo', expected: '2 countries match' },
    ]) {
      await page.goto(`/${lang}/find/?q=${encodeURIComponent(query)}`);
      expect(await page.locator('main [role="status"]').textContent()).toContain(expected);
      const links = await page.locator('main ul a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      expect(links.sort()).toEqual([`/${lang}/countries/cd/`, `/${lang}/countries/cg/`]);
    }
  });

  it('links the A to Z list when nothing matches', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto('/zh/find/?q=Atlantis');
    expect(await page.locator('main .note[role="status"]').textContent()).toContain('Atlantis');
    await page.locator('main a[href="/zh/delegations/#az"]').click();
    await page.waitForURL('**/zh/delegations/#az');
  });

  it('is where the search page’s form goes, which lands on the country', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false, locale: 'fr-FR' });
    await page.goto('/fr/search/');
    expect(await page.locator('[data-search-filters]').isVisible()).toBe(false);
    await page.locator('#search-query').fill('Côte d’Ivoire');
    await page.locator('form[data-search-form] button[type="submit"]').click();
    await page.waitForURL('**/fr/countries/ci/');
    await page.locator(`a[href="${delegationOf('fr', 'CI')}"]`).click();
    await page.waitForURL(`**${delegationOf('fr', 'CI')}`);
  });
});

describe('the search page with JavaScript', () => {
  it('puts the delegation first for aliases, the other script of Chinese and typos', async ({ open }) => {
    const { page } = await open();
    for (const { lang, query, code } of [...EXACT, ...TYPOS, { lang: 'zh', query: '中國', code: 'CN' }]) {
      const results = await searchResults(page, lang, query);
      expect(results[0], `${query} on /${lang}/`).toBe(delegationOf(lang, code));
      expect(
        results.filter((href, index) => results.indexOf(href) !== index),
        `${query} on /${lang}/: listed twice`,
      ).toEqual([]);
    }
  });

  it('says "did you mean" for a typo, in the page’s language', async ({ open }) => {
    const { page } = await open();
    await searchResults(page, 'ru', 'Росия');
    const first = page.locator('[data-search-results] li').first();
    expect(await first.getAttribute('data-result')).toBe('country');
    expect(await first.locator('p').textContent()).toContain(formatMessage(ui('ru')['search.didYouMean'] ?? '', { country: 'Россия' }));
  });

  it('keeps its filters, and shows no country when only guidelines are asked for', async ({ open }) => {
    const { page } = await open();
    const results = await searchResults(page, 'en', 'Burundii', '&type=guideline');
    expect(await page.locator('[data-search-filters]').isVisible()).toBe(true);
    expect(results.every((href) => href.startsWith('/en/guidelines/'))).toBe(true);
  });
});

describe('search finds what exists in another language', () => {
  it('finds a guideline that exists only in English by its Russian title, and says the full text is in English', async ({ open }) => {
    const { page } = await open();
    const results = await searchResults(page, 'ru', 'ЛГБТИ');
    expect(results).toContain('/ru/guidelines/lgbti/');
    const item = page.locator('[data-search-results] li', { has: page.locator('a[href="/ru/guidelines/lgbti/"]') });
    expect(await item.locator('.result-note').textContent()).toBe(
      formatMessage(ui('ru')['library.fullTextIn'] ?? '', { language: new Intl.DisplayNames(['ru'], { type: 'language' }).of('en') ?? '' }),
    );
    await item.locator('a').click();
    await page.waitForURL('**/ru/guidelines/lgbti/');
    expect(await page.locator('h1').textContent()).toContain('ЛГБТИ');
    expect(await page.locator('article.guideline').getAttribute('lang')).toBe('en');
  });

  it('finds a story written only in English by its Chinese title', async ({ open }) => {
    const { page } = await open();
    const results = await searchResults(page, 'zh', '基隆博拉');
    expect(results).toContain('/zh/stories/a-community-maps-its-land/');
    await page.locator('[data-search-results] a[href="/zh/stories/a-community-maps-its-land/"]').click();
    await page.waitForURL('**/zh/stories/a-community-maps-its-land/');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    expect(await page.locator('article.story').getAttribute('lang')).toBe('en');
  });
});

describe('search excerpts', () => {
  it('keep the words of a delegation page apart ("Местные языки русский", not "языкирусский")', async ({ open }) => {
    const { page } = await open();
    await searchResults(page, 'ru', 'Местные языки');
    const excerpts = await page.locator('[data-search-results] li p').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    expect(excerpts.filter((text) => /языки[^\s.,:;!?—–-]/u.test(text))).toEqual([]);
  });
});

describe('accessibility of what the finder and search now show', () => {
  for (const path of [
    '/ru/find/?q=%D0%A0%D0%BE%D1%81%D0%B8%D1%8F',
    '/ar/find/?q=%D8%A7%D9%84%D9%83%D9%88%D9%86%D8%BA%D9%88',
    '/ru/guidelines/lgbti/',
    '/ar/stories/a-community-maps-its-land/',
  ]) {
    it(`axe-core finds no violation on ${decodeURIComponent(path)}`, async ({ open }) => {
      const { page } = await open();
      await page.goto(path);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }

  it('axe-core finds no violation on search results with a country first (/ar/)', async ({ open }) => {
    const { page } = await open();
    await searchResults(page, 'ar', 'Burundii');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
