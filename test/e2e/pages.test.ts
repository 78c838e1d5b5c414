import { describe, expect } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { interpolate } from '../../src/i18n/ui';
import ukrainian from '../../src/i18n/ui/uk.json';
import { accessibilityViolations, baseUrl, it } from '../support/browser';

const PAGE_TYPES = ['', 'delegations/', 'delegations/saudi-arabia/', 'delegations/un-geneva/', 'countries/ru/', 'search/', 'safety/'];

describe('accessibility', () => {
  for (const lang of ['en', 'ar', 'tr', 'uk', 'rn', 'sw', 'fa']) {
    for (const path of PAGE_TYPES) {
      it(`axe-core finds no WCAG 2.1 AA violation on /${lang}/${path}`, async ({ open }) => {
        const { page } = await open();
        await page.goto(`/${lang}/${path}`);
        expect(await accessibilityViolations(page)).toEqual([]);
      });
    }
  }
});

describe('Arabic and Persian pages', () => {
  for (const lang of ['ar', 'fa']) {
    it(`render right to left in ${lang}, with the layout mirrored`, async ({ open }) => {
      const { page } = await open({ locale: lang });
      await page.goto(`/${lang}/delegations/saudi-arabia/`);
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.locator('main').evaluate((main) => getComputedStyle(main).direction)).toBe('rtl');
      const brand = await page.locator('.brand').boundingBox();
      const exit = await page.locator('.quick-exit').boundingBox();
      expect(brand && exit && brand.x > exit.x).toBe(true);
    });
  }
});

describe('every page', () => {
  it('declares hreflang alternates for every UI language and a language switcher that keeps the page', async ({ open }) => {
    const { page } = await open();
    await page.goto('/fr/delegations/china/');
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')));
    expect(alternates).toEqual([...locales.map((locale) => locale.tag), 'x-default']);
    await page.locator('nav.languages a[hreflang="zh-Hans"]').click();
    await page.waitForURL('**/zh/delegations/china/');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
  });

  it('has a quick exit that works without JavaScript and with Shift pressed three times', async ({ open }) => {
    const noScript = await open({ javaScriptEnabled: false });
    await noScript.page.goto('/en/');
    expect(await noScript.page.locator('.quick-exit').getAttribute('href')).toMatch(/^https:\/\//);

    const { page } = await open();
    await page.route('https://www.wikipedia.org/**', (route) => route.fulfill({ body: 'neutral', contentType: 'text/plain' }));
    await page.goto('/en/delegations/');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL('https://www.wikipedia.org/');
  });
});

describe('the root address', () => {
  it('sends a browser to its preferred language', async () => {
    const response = await fetch(`${baseUrl}/`, { headers: { 'Accept-Language': 'ar-EG,ar;q=0.9,en;q=0.5' }, redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe('/ar/');
    expect(response.headers.get('Vary')).toContain('Accept-Language');
  });

  it('lists the languages, each in its own words, when none matches', async () => {
    const response = await fetch(`${baseUrl}/`, { headers: { 'Accept-Language': 'de' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const { label } of locales) expect(html).toContain(label);
  });
});

describe('security headers on the built site', () => {
  it('are on static pages, assets and on-demand pages, with no cookies', async () => {
    for (const path of ['/en/', '/favicon.svg', '/en/find/?q=chad', '/pagefind/pagefind.js']) {
      const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual' });
      expect(response.headers.get('Content-Security-Policy'), path).toContain("frame-ancestors 'none'");
      expect(response.headers.get('Referrer-Policy'), path).toBe('no-referrer');
      expect(response.headers.get('X-Content-Type-Options'), path).toBe('nosniff');
      expect(response.headers.get('Strict-Transport-Security'), path).toContain('max-age');
      expect(response.headers.get('Set-Cookie'), path).toBeNull();
    }
  });
});

describe('the country finder without JavaScript', () => {
  it('sends an exact name straight to its country page, even when longer names contain it', async () => {
    const response = await fetch(`${baseUrl}/en/find/?q=Russia`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/en/countries/ru/');
  });

  it('lists the candidates when a name is shared, and keeps the query out of caches', async () => {
    const response = await fetch(`${baseUrl}/fr/find/?q=Congo`, { redirect: 'manual' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const html = await response.text();
    expect(html).toContain('href="/fr/countries/cg/"');
    expect(html).toContain('href="/fr/countries/cd/"');
  });

  it('finds a country by its Turkish or Ukrainian name, and takes the Turkish dotless ı for i', async () => {
    for (const [path, location] of [
      ['/tr/find/?q=Rusya', '/tr/countries/ru/'],
      ['/tr/find/?q=%C4%B1rak', '/tr/countries/iq/'],
      ['/uk/find/?q=%D0%A0%D0%BE%D1%81%D1%96%D1%8F', '/uk/countries/ru/'],
    ]) {
      const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual' });
      expect(response.status, path).toBe(303);
      expect(response.headers.get('Location'), path).toBe(location);
    }
  });

  it('says plainly, in the page language, when nothing matches', async () => {
    const html = await (await fetch(`${baseUrl}/es/find/?q=Atlantis`)).text();
    expect(html).toContain('lang="es"');
    expect(html).toContain('Ningún país coincide con «Atlantis»');
    const ukrainianPage = await (await fetch(`${baseUrl}/uk/find/?q=Atlantis`)).text();
    expect(ukrainianPage).toContain('lang="uk"');
    expect(ukrainianPage).toContain(interpolate(ukrainian['find.noMatch'], { query: 'Atlantis' }));
  });
});
