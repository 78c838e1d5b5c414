// WCAG 1.4.10 (reflow): at 320 CSS pixels wide no page scrolls sideways, for every page type in
// every UI language of src/i18n/locales.ts. One page per language, reused for all its addresses.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { it } from '../support/browser';

/** Paths after /{lang}/; "first:…" opens that list and follows its first link (a guideline, a story). */
const PAGE_TYPES = [
  '',
  'delegations/',
  'delegations/russia/',
  'countries/ru/',
  'delegations/russia/contact/',
  'receipts/',
  'search/',
  'find/',
  'find/?q=Congo',
  'guidelines/',
  'first:guidelines/',
  'guidelines/translations/',
  'stories/',
  'first:stories/',
  'statements/',
  'transparency/',
  'open-data/',
  'consultations/',
  'consultations/2026/',
  'consultations/2025/',
  'safety/',
  'privacy/',
  'accessibility/',
  'no-such-page/',
];

/** The list's first entry in the page's own language (a story may exist only in English), else its first entry. */
async function addressOf(page: Page, lang: string, path: string): Promise<string> {
  if (!path.startsWith('first:')) return `/${lang}/${path}`;
  const list = path.slice('first:'.length);
  await page.goto(`/${lang}/${list}`);
  const entries = page.locator(`main li h2 a[href^="/${lang}/${list}"]`);
  const entry = (await entries.count()) > 0 ? entries.first() : page.locator('main li h2 a').first();
  const href = await entry.getAttribute('href');
  if (!href) throw new Error(`/${lang}/${list} lists no entry to follow`);
  return href;
}

async function sidewaysOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
}

describe('reflow at 320 px', () => {
  for (const { code } of locales) {
    it(`no page type scrolls sideways in /${code}/`, { timeout: 240_000 }, async ({ open }) => {
      const { page } = await open();
      await page.setViewportSize({ width: 320, height: 640 });
      const overflowing: { address: string; scrollWidth: number; clientWidth: number }[] = [];
      for (const path of PAGE_TYPES) {
        const address = await addressOf(page, code, path);
        await page.goto(address);
        const { scrollWidth, clientWidth } = await sidewaysOverflow(page);
        if (scrollWidth > clientWidth) overflowing.push({ address, scrollWidth, clientWidth });
      }
      expect(overflowing).toEqual([]);
    });
  }
});
