// Pages that hold up on a phone without JavaScript: a header that leaves the first screen to the
// page, menus that open by keyboard, form controls that are big enough to hit and red only when
// wrong, and guideline anchors that add no tab stops.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { it } from '../support/browser';

const PHONE = { width: 360, height: 640 };
const strings = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../src/i18n/ui/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;

/** Presses Tab until the element matching `selector` has the focus; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 20): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.locator(selector).evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${selector} was not reached with ${limit} presses of Tab`);
}

const focusedHref = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);

describe('the header on a 360 × 640 phone without JavaScript', () => {
  for (const { code } of locales) {
    it(`leaves the first screen to the page in /${code}/: the header takes at most a quarter, the heading is on screen`, async ({
      open,
    }) => {
      const { page } = await open({ javaScriptEnabled: false });
      await page.setViewportSize(PHONE);
      for (const path of ['', 'delegations/russia/']) {
        await page.goto(`/${code}/${path}`);
        const header = await page.locator('header.site-header').boundingBox();
        const heading = await page.locator('main h1').boundingBox();
        expect(header && header.height <= PHONE.height / 4, `header of /${code}/${path}: ${header?.height}`).toBe(true);
        expect(heading && heading.y + heading.height <= PHONE.height, `heading of /${code}/${path}`).toBe(true);
        expect(await page.locator('.quick-exit').isVisible()).toBe(true);
        expect(await page.locator('nav.languages summary [lang]').textContent()).toBe(locales.find((l) => l.code === code)?.label);
      }
    });
  }

  it('opens the section menu and the languages from the keyboard', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false, locale: 'ar' });
    await page.setViewportSize(PHONE);
    await page.goto('/ar/delegations/');
    const firstLink = page.locator('nav.primary a').first();
    expect(await firstLink.isVisible()).toBe(false);
    await tabTo(page, 'nav.primary summary');
    expect(await page.locator('nav.primary summary').textContent()).toBe(strings('ar')['chrome.menu']);
    await page.keyboard.press('Enter');
    await firstLink.waitFor({ state: 'visible' });
    await page.keyboard.press('Tab');
    expect(await focusedHref(page)).toBe('/ar/');

    await tabTo(page, 'nav.languages summary');
    await page.keyboard.press('Space');
    const english = page.locator('nav.languages a[hreflang="en"]');
    await english.waitFor({ state: 'visible' });
    await page.keyboard.press('Tab');
    expect(await focusedHref(page)).toBe('/en/delegations/');
  });

  it('shows the section links and languages as plain rows on a wide screen', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('/fr/');
    expect(await page.locator('nav.primary summary').isVisible()).toBe(false);
    for (const link of await page.locator('nav.primary a, nav.languages a').all()) expect(await link.isVisible()).toBe(true);
    await tabTo(page, 'nav.primary a[href="/fr/delegations/"]');
  });
});

describe('form controls', () => {
  it('make every radio button and checkbox of the consultation form at least 24 × 24 px, in English and Arabic', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.setViewportSize(PHONE);
    for (const lang of ['en', 'ar']) {
      await page.goto(`/${lang}/consultations/2026/`);
      const targets = page.locator('.consultation-form input[type="radio"], .consultation-form input[type="checkbox"]');
      expect(await targets.count()).toBeGreaterThan(3);
      for (const target of await targets.all()) {
        const box = await target.boundingBox();
        expect(box && box.width >= 24 && box.height >= 24, `${await target.getAttribute('id')}: ${box?.width} × ${box?.height}`).toBe(true);
      }
    }
  });

  it('give text fields a neutral border, turn only the invalid one red, and leave room for a long message', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.setViewportSize(PHONE);
    await page.goto('/en/delegations/russia/contact/');
    const border = (selector: string) => page.locator(selector).evaluate((element) => getComputedStyle(element).borderInlineStartColor);
    const neutral = await border('#message');
    expect(await border('#replyTo')).toBe(neutral);
    expect(await border('#name')).toBe(neutral);
    const message = await page.locator('#message').boundingBox();
    const lineHeight = await page.locator('#message').evaluate((element) => Number.parseFloat(getComputedStyle(element).lineHeight));
    expect(message && message.height >= 9 * lineHeight && message.width >= PHONE.width - 64).toBe(true);

    await page.locator('#message').fill('A message.');
    await page.locator('#attachment').setInputFiles({ name: 'x.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
    await page.locator('form button[type="submit"]').click();
    await page.locator('#attachment-error').waitFor();
    const exit = await page
      .locator('.field-error')
      .first()
      .evaluate((element) => getComputedStyle(element).color);
    expect(await border('#attachment')).toBe(exit);
    expect(await border('#message')).toBe(neutral);
    expect(neutral).not.toBe(exit);
  });
});

describe('guideline anchors', () => {
  it('leave headings their own names, add no tab stops, and are offered once in the contents', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto('/en/guidelines/human-rights-defenders/');
    const sections = page.locator('article.guideline section > h2');
    const ids = await sections.evaluateAll((headings) => headings.map((heading) => heading.id));
    expect(ids.length).toBeGreaterThan(2);
    const english = strings('en');
    const snapshot = await page.locator('article.guideline').ariaSnapshot();
    expect(snapshot).not.toContain(english['guidelines.sectionAnchor']);
    expect(snapshot).not.toContain(english['guidelines.anchor']);
    expect(await page.locator('nav.contents a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(
      ids.map((id) => `#${id}`),
    );

    await tabTo(page, 'nav.contents li:last-child a', 60);
    const stops: (string | null)[] = [];
    for (let presses = 0; presses < 5; presses++) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => (document.activeElement?.closest('article') ? document.activeElement.className : 'outside')));
    }
    expect(stops.filter((stop) => stop === 'anchor')).toEqual([]);

    await page.locator('nav.contents a').nth(1).click();
    await page.waitForURL(`**/en/guidelines/human-rights-defenders/#${ids[1]}`);
    await page.goto(`/en/guidelines/human-rights-defenders/#${ids[0]}-1`);
    expect(await page.locator(`#${ids[0]}-1`).isVisible()).toBe(true);
  });
});
