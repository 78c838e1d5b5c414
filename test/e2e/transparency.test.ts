import { readdirSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { compareWithBaseline, INDICATORS } from '../../functions/core/content/transparency';
import en from '../../src/i18n/ui/en.json';
import { CHART_PADDING } from '../../src/lib/bar-chart';
import { accessibilityViolations, baseUrl, it } from '../support/browser';
import { referenceFromContent, transparencyFromContent } from '../unit/transparency-fixtures';

const PAGES = ['/en/transparency/', '/ar/transparency/', '/en/statements/', '/ar/statements/'];
const statementFiles = readdirSync(new URL('../../content/statements/', import.meta.url)).filter((name) => name.endsWith('.yaml'));

/** The page's build day, which the indicators' "last 12 months" counts back from. */
async function referenceDate(page: Page): Promise<Date> {
  const day = await page.locator('[data-reference-date]').getAttribute('data-reference-date');
  return new Date(`${day}T00:00:00Z`);
}

const cellTexts = (page: Page, selector: string) => page.locator(selector).allTextContents();

/** The text of the page's main content as it is rendered, i.e. as a reader gets it. */
function renderedText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, without hidden nodes, is what is compared.
  return page.locator('main').innerText();
}

describe('the transparency and statements pages', () => {
  for (const path of PAGES) {
    it(`axe-core finds no WCAG 2.1 AA violation on ${path}, charts included`, async ({ open }) => {
      const { page } = await open();
      await page.goto(path);
      expect(await page.locator('svg.bar-chart').count()).toBeGreaterThan(0);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }

  it('read the same with JavaScript off, charts and tables included, and request nothing from elsewhere', async ({ open }) => {
    const withScript = await open();
    const without = await open({ javaScriptEnabled: false });
    for (const path of PAGES) {
      await withScript.page.goto(path);
      await without.page.goto(path);
      const text = await renderedText(without.page);
      expect(text.length, path).toBeGreaterThan(500);
      expect(text, path).toBe(await renderedText(withScript.page));
      expect(await without.page.locator('svg.bar-chart rect.bar-chart-bar').count(), path).toBe(
        await withScript.page.locator('svg.bar-chart rect.bar-chart-bar').count(),
      );
    }
    const origin = new URL(baseUrl).origin;
    expect([...withScript.requests, ...without.requests].filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });

  it('reflow at 320 CSS pixels: the page never scrolls sideways, only wide tables do, inside their region', async ({ open }) => {
    const { page } = await open();
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of [...PAGES, '/ar/statements/country/ru/', '/ru/delegations/russia/']) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
  });

  it('say that the directory holds fictional sample data and that the statements are demonstration entries', async ({ open }) => {
    const { page } = await open();
    await page.goto('/en/transparency/');
    expect(await page.locator('main .note[role="note"]').first().textContent()).toContain(en['transparency.sampleNotice.text']);
    await page.goto('/en/statements/');
    expect(await page.locator('main .note[role="note"]').first().textContent()).toContain(en['statements.sample.text']);
    expect(await page.locator('.statement-list > li').count()).toBe(statementFiles.length);
    expect(await page.locator('.statement-list > li .sample-label').count()).toBe(statementFiles.length);
  });
});

describe('the charts', () => {
  it('grow their bars from the right in Arabic and Persian and from the left in English', async ({ open }) => {
    for (const [lang, dir] of [
      ['ar', 'rtl'],
      ['fa', 'rtl'],
      ['en', 'ltr'],
    ] as const) {
      const { page } = await open();
      await page.goto(`/${lang}/transparency/`);
      const charts = page.locator('svg.bar-chart');
      expect(await charts.count()).toBeGreaterThanOrEqual(4);
      for (const chart of await charts.all()) {
        const box = await chart.boundingBox();
        const width = Number(await chart.getAttribute('data-width'));
        if (!box) throw new Error('chart not drawn');
        for (const bar of await chart.locator('rect.bar-chart-bar').all()) {
          const x = Number(await bar.getAttribute('x'));
          const barWidth = Number(await bar.getAttribute('width'));
          const drawn = await bar.boundingBox();
          if (!drawn || barWidth === 0) continue;
          if (dir === 'rtl') {
            // The bar ends at the chart's right edge (less the padding), and so does its drawn box.
            expect(x + barWidth).toBeCloseTo(width - CHART_PADDING, 1);
            expect(Math.abs(box.x + box.width - (drawn.x + drawn.width))).toBeLessThan(box.width * 0.03);
            expect(drawn.x - box.x).toBeGreaterThan(box.width * 0.1);
          } else {
            expect(x).toBe(CHART_PADDING);
            expect(Math.abs(drawn.x - box.x)).toBeLessThan(box.width * 0.03);
          }
        }
      }
    }
  });
});

describe('the figures', () => {
  it('on the transparency page agree with the indicators computed from content', async ({ open }) => {
    const { page } = await open();
    await page.goto('/en/transparency/');
    const transparency = transparencyFromContent(await referenceDate(page));
    const count = new Intl.NumberFormat('en');
    const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
    const countOf = (tally: { count: number; total: number }) => `${count.format(tally.count)} of ${count.format(tally.total)}`;
    for (const indicator of INDICATORS) {
      const tally = transparency.totals[indicator];
      expect(await cellTexts(page, `table[data-figures="totals"] tr[data-indicator="${indicator}"] td`)).toEqual([
        countOf(tally),
        percent.format(tally.share),
      ]);
    }
    for (const region of transparency.regions) {
      const cells = await cellTexts(page, `table[data-figures="regions"] tr[data-region="${region.region}"] td`);
      expect(cells).toEqual([
        count.format(region.total),
        ...INDICATORS.map((indicator) => `${countOf(region.tallies[indicator])} (${percent.format(region.tallies[indicator].share)})`),
      ]);
    }
    const baseline = compareWithBaseline(referenceFromContent().baseline, transparency);
    const signed = new Intl.NumberFormat('en', { signDisplay: 'exceptZero' }).format(baseline.changePoints);
    expect(await page.locator('[data-figure="change"]').textContent()).toContain(`: ${signed}.`);
    expect(await cellTexts(page, 'table[data-figures="baseline"] tr[data-row="now"] td')).toEqual([
      count.format(transparency.delegations.length),
      percent.format(transparency.totals.contactDetails.share),
    ]);
  });

  it('for every delegation in the table and on a delegation page agree with the computed indicators', async ({ open }) => {
    const { page } = await open();
    await page.goto('/en/transparency/');
    const transparency = transparencyFromContent(await referenceDate(page));
    const answer = (value: boolean) => (value ? en['transparency.yes'] : en['transparency.no']);
    const rows = await page
      .locator('table[data-figures="delegations"] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr): [string, string[]] => [
          tr.getAttribute('data-delegation') ?? '',
          [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
        ]),
      );
    expect(new Map(rows)).toEqual(
      new Map(transparency.delegations.map((row) => [row.id, INDICATORS.map((indicator) => answer(row.indicators[indicator]))])),
    );
    for (const id of ['russia', 'afghanistan']) {
      const row = transparency.delegations.find((candidate) => candidate.id === id);
      await page.goto(`/en/delegations/${id}/`);
      expect(await cellTexts(page, '[data-indicators] dd[data-indicator]'), id).toEqual(
        INDICATORS.map((indicator) => answer(row?.indicators[indicator] ?? false)),
      );
      await page.locator('[data-indicators] a[href*="/transparency/"]').click();
      await page.waitForURL(`**/en/transparency/#indicators-${id}`);
      expect(await page.locator(`#indicators-${id}`).isVisible()).toBe(true);
    }
  });
});

describe('the statements', () => {
  it('are linked from the page of the delegation that covers their country, newest first', async ({ open }) => {
    const { page } = await open();
    await page.goto('/en/delegations/honduras/');
    await page.locator('section[aria-labelledby="statements"] a[href="/en/statements/country/hn/"]').click();
    await page.waitForURL('**/en/statements/country/hn/');
    expect(await page.locator('.statement-list > li').count()).toBeGreaterThan(0);
    expect(await page.locator('main .note[role="note"]').count()).toBe(1);
    await page.goto('/en/statements/');
    const dates = await page
      .locator('.statement-list > li time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('have an Atom feed per language that parses, with every demonstration entry marked in its title', async () => {
    for (const lang of ['en', 'ar']) {
      const response = await fetch(`${baseUrl}/${lang}/statements/feed.xml`);
      expect(response.headers.get('Content-Type')).toContain('xml');
      const xml = await response.text();
      expect(XMLValidator.validate(xml)).toBe(true);
      const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
      expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
      const entries = [feed.entry].flat();
      expect(entries.length).toBe(statementFiles.length);
      for (const entry of entries) expect(entry.link['@_href']).toMatch(new RegExp(`^https?://[^/]+/${lang}/statements/#`));
    }
    const english = new XMLParser().parse(await (await fetch(`${baseUrl}/en/statements/feed.xml`)).text()).feed;
    for (const entry of [english.entry].flat()) expect(String(entry.title)).toMatch(/^Demonstration entry: /);
  });
});
