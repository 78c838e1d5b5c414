// The essential guides in Chromium: each in its own language and direction with the chrome in English,
// its status said in its language and in English, the quick exit, axe-core and reflow at 320 px; the
// links to them from delegation pages and the list of all guides; and the 404 for any other page in a
// guide language.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { parse } from 'yaml';
import { accessibilityViolations, baseUrl, it } from '../support/browser';

const CONTENT = new URL('../../content/', import.meta.url);
const english = JSON.parse(readFileSync(new URL('../../src/i18n/ui/en.json', import.meta.url), 'utf8')) as Record<string, string>;
const french = JSON.parse(readFileSync(new URL('../../src/i18n/ui/fr.json', import.meta.url), 'utf8')) as Record<string, string>;
const names = parse(readFileSync(new URL('language-names.yaml', CONTENT), 'utf8')) as Record<string, { own: string }>;

interface GuideFront {
  language: string;
  dir: 'ltr' | 'rtl';
  title: string;
  status_note: string;
}

function guide(language: string): GuideFront {
  const text = readFileSync(new URL(`guides/${language}.md`, CONTENT), 'utf8');
  return parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as GuideFront;
}

/** A delegation whose local languages include the language, as its content file says. */
function delegationListing(language: string): string {
  const file = readdirSync(new URL('delegations/', CONTENT)).find((name) =>
    (parse(readFileSync(new URL(`delegations/${name}`, CONTENT), 'utf8')) as { local_languages: string[] }).local_languages.includes(
      language,
    ),
  );
  if (!file) throw new Error(`no delegation lists ${language}`);
  return file.replace(/\.yaml$/, '');
}

const guideFiles = readdirSync(new URL('guides/', CONTENT)).filter((name) => name.endsWith('.md'));
// Left to right in Latin and Cyrillic, right to left in Urdu and Hebrew, and a script of its own.
const SAMPLE = ['nl', 'sr', 'ur', 'he', 'am'];
const SCRIPTS = ['nl', 'sr', 'ur', 'he', 'ps', 'am', 'hi', 'bn', 'ta', 'si', 'th', 'km', 'lo', 'my', 'ja', 'ko', 'ka', 'hy'];

describe('an essential guide', () => {
  for (const language of SAMPLE) {
    it(`/${language}/guide/ is in its language and direction, says its status in it and in English, and keeps the quick exit`, async ({
      open,
    }) => {
      const front = guide(language);
      const { page } = await open({ javaScriptEnabled: false });
      const response = await page.goto(`/${language}/guide/`);
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      expect(await page.getAttribute('html', 'dir')).toBe(front.dir);
      const article = page.locator('article.guide');
      expect(await article.evaluate((element) => getComputedStyle(element).direction)).toBe(front.dir);
      expect(await page.locator('article.guide h1').textContent()).toBe(front.title);
      const status = page.locator('[data-guide-status]');
      expect(await status.getAttribute('data-guide-status')).toBe('unreviewed');
      expect(await status.textContent()).toContain(front.status_note);
      expect(await status.locator('p[lang="en"]').textContent()).toContain(english['status.unreviewed']);
      // The chrome stays in English, marked so, and left to right.
      expect(await page.locator('body').getAttribute('lang')).toBe('en');
      expect(await page.locator('.site-header').evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
      expect(await page.locator('.quick-exit').getAttribute('href')).toMatch(/^https:\/\//);
      expect(await page.locator('a.hotline').getAttribute('href')).toMatch(/^tel:\+/);
      expect(await page.getAttribute('link[rel="canonical"]', 'href')).toMatch(new RegExp(`/${language}/guide/$`));
    });
  }

  it('every guide reflows at 320 px', async ({ open }) => {
    const { page } = await open();
    await page.setViewportSize({ width: 320, height: 640 });
    for (const file of guideFiles) {
      await page.goto(`/${file.replace(/\.md$/, '')}/guide/`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), file).toBeLessThanOrEqual(320);
    }
  });

  // One guide of every script and direction the guides are written in: they share one template.
  for (const language of SCRIPTS) {
    it(`axe-core finds no violation on /${language}/guide/`, async ({ open }) => {
      const { page } = await open();
      await page.goto(`/${language}/guide/`);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }

  it('is linked from a delegation page that lists its language, named in that language', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false });
    for (const language of ['nl', 'ur', 'sr']) {
      await page.goto(`/fr/delegations/${delegationListing(language)}/`);
      const link = page.locator(`#guides ~ ul a[href="/${language}/guide/"]`);
      expect(await link.getAttribute('lang')).toBe(language);
      expect(await link.textContent()).toBe(names[language]?.own);
      await link.click();
      await page.waitForURL(`**/${language}/guide/`);
      expect(await page.getAttribute('html', 'lang')).toBe(language);
    }
  });

  it('answers 404 for a guide language on any other page, and for a language with no guide', async () => {
    for (const path of ['/nl/', '/nl/delegations/', '/ur/safety/', '/xx/guide/', '/en/guide/']) {
      expect((await fetch(`${baseUrl}${path}`)).status, path).toBe(404);
    }
  });
});

describe('the list of guides', () => {
  it('is reachable from the home and directory pages and lists every guide, each in its own language', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto('/fr/');
    await page.locator('main a[href="/fr/guides/"]').click();
    await page.waitForURL('**/fr/guides/');
    const links = page.locator('.guide-list a[href$="/guide/"]');
    expect(await links.count()).toBe(guideFiles.length);
    const urdu = page.locator('.guide-list a[href="/ur/guide/"]');
    expect(await urdu.getAttribute('lang')).toBe('ur');
    expect(await urdu.getAttribute('dir')).toBe('rtl');
    await page.goto('/fr/delegations/');
    expect(await page.locator('main a[href="/fr/guides/"]').count()).toBe(1);
  });

  for (const lang of ['en', 'ar']) {
    it(`axe-core finds no violation on /${lang}/guides/`, async ({ open }) => {
      const { page } = await open();
      await page.goto(`/${lang}/guides/`);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }
});

describe('translation statuses and names on the site', () => {
  it('say in the footer of a page in French that its translation is unreviewed, and nothing in English', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto('/fr/delegations/');
    expect(await page.locator('footer [data-ui-translation]').getAttribute('data-ui-translation')).toBe('unreviewed');
    expect(await page.locator('footer [data-ui-translation] .status').textContent()).toBe(french['status.unreviewed']);
    await page.goto('/en/delegations/');
    expect(await page.locator('footer [data-ui-translation]').count()).toBe(0);
  });

  it('list the status of the site, every guideline, story and guide in the translations table', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto('/fr/guidelines/translations/');
    const statuses = await page.locator('.status').evaluateAll((badges) => badges.map((badge) => badge.className));
    expect(statuses.some((name) => /official/.test(name))).toBe(false);
    expect(await page.locator('caption#site-translations + thead + tbody .status-source').count()).toBe(1);
    expect(await page.locator('#guides ~ .table-scroll tbody tr').count()).toBe(guideFiles.length);
  });

  it('name Kirundi and Moscow in the reader’s language, as content gives them, not "rn" and "Moscow"', async ({ open }) => {
    const cities = parse(readFileSync(new URL('seat-cities.yaml', CONTENT), 'utf8')) as Record<string, Record<string, string>>;
    const kirundi = (names as Record<string, { names?: Record<string, string> }>).rn?.names?.fr ?? '';
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto('/fr/delegations/burundi/');
    const facts = await page.locator('.facts').first().textContent();
    expect(facts).toContain(kirundi);
    expect(facts).not.toMatch(/\brn\b/);
    await page.goto('/ru/delegations/russia/');
    expect(await page.locator('main .lead').first().textContent()).toContain(cities.Moscow?.ru ?? 'missing');
  });
});
