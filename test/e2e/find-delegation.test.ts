import { describe, expect } from 'vitest';
import { baseUrl, it, searchResults, waitForAnswer } from '../support/browser';

function onlyThisOrigin(requests: string[]) {
  return requests.filter((url) => !url.startsWith(baseUrl) && !url.startsWith('data:'));
}

describe('a defender finds the focal point of their delegation', () => {
  it('on /ru/, types Россия into search, opens the Russia delegation and sees its focal point', async ({ open }) => {
    const { page, context, requests } = await open({ locale: 'ru-RU' });
    await page.goto('/ru/');
    await page.locator('nav.primary a[href="/ru/search/"]').click();
    await page.locator('#search-query').fill('Россия');
    await page.locator('#search-query').press('Enter');
    await waitForAnswer(page, 'Россия');
    const first = page.locator('[data-search-results] li a').first();
    expect(await first.getAttribute('href')).toBe('/ru/delegations/russia/');
    await first.click();
    await page.waitForURL('**/ru/delegations/russia/');
    expect(await page.locator('.focal-point h3').first().textContent()).toBeTruthy();
    expect(await page.locator('.focal-point a[href^="mailto:"]').first().textContent()).toBe('human-rights.russia@delegations.eu.example');
    expect(await page.locator('[role="note"]').textContent()).toContain('.example');
    expect(onlyThisOrigin(requests)).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });

  it('with JavaScript off, reaches the same focal point through the A to Z list', async ({ open }) => {
    const { page, requests } = await open({ javaScriptEnabled: false, locale: 'ru-RU' });
    await page.goto('/ru/');
    await page.locator('a[href="/ru/delegations/#az"]').first().click();
    await page.locator('.az-group a[href="/ru/countries/ru/"]').click();
    await page.waitForURL('**/ru/countries/ru/');
    await page.locator('a[href="/ru/delegations/russia/"]').click();
    await page.waitForURL('**/ru/delegations/russia/');
    expect(await page.locator('.focal-point a[href^="mailto:"]').first().textContent()).toBe('human-rights.russia@delegations.eu.example');
    expect(onlyThisOrigin(requests)).toEqual([]);
  });

  it('with JavaScript off, the country finder on /es/ takes Honduras straight to its country page', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false, locale: 'es-ES' });
    await page.goto('/es/');
    await page.locator('#country-query').fill('Honduras');
    await page.locator('form.finder button').click();
    await page.waitForURL('**/es/countries/hn/');
    await page.locator('a[href="/es/delegations/honduras/"]').click();
    expect(await page.locator('h1').textContent()).toContain('Honduras');
  });

  it('with JavaScript off, the country finder on /rn/ knows Kirundi names, which the runtime lacks', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto('/rn/');
    await page.locator('#country-query').fill('Sudani y’amajepfo');
    await page.locator('form.finder button').click();
    await page.waitForURL('**/rn/countries/ss/');
    expect(await page.locator('h1').textContent()).toContain('Sudani y’amajepfo');
  });

  it('finds the covering delegation first for a country typed in the page language or its own script', async ({ open }) => {
    const cases = [
      { lang: 'zh', query: '中国', expected: '/zh/delegations/china/' },
      { lang: 'ar', query: 'السعودية', expected: '/ar/delegations/saudi-arabia/' },
      { lang: 'es', query: 'Honduras', expected: '/es/delegations/honduras/' },
      { lang: 'tr', query: 'Rusya', expected: '/tr/delegations/russia/' },
      { lang: 'uk', query: 'Росія', expected: '/uk/delegations/russia/' },
      { lang: 'fa', query: 'روسیه', expected: '/fa/delegations/russia/' },
      { lang: 'sw', query: 'Urusi', expected: '/sw/delegations/russia/' },
      { lang: 'rn', query: 'Uburusiya', expected: '/rn/delegations/russia/' },
    ];
    for (const { lang, query, expected } of cases) {
      const { page } = await open();
      const results = await searchResults(page, lang, query);
      expect(results[0], `${query} on /${lang}/`).toBe(expected);
    }
  });
});
