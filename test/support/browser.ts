// Browser tests: one Debian Chromium per test file, driven by playwright-core (never a downloaded
// browser), and pages opened on the site that the e2e global setup serves.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { test as base, inject } from 'vitest';
import { launchChromium } from './chromium';

export const baseUrl = inject('baseUrl');

export interface OpenOptions {
  javaScriptEnabled?: boolean;
  locale?: string;
  /**
   * Keeps JavaScript on (axe-core needs it) but refuses the site's own scripts, so the page behaves
   * as it does with JavaScript off.
   */
  withoutSiteScripts?: boolean;
}

export interface TrackedPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested, to prove nothing leaves this origin. */
  requests: string[];
}

/**
 * `browser` is launched once per file, on first use, and closed after the file's last test.
 * `open(options)` gives a page in a fresh context on the site; every context a test opened is closed
 * after that test, whether it passed or not.
 */
export const it = base
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads the fixtures a fixture needs from this pattern, and this one needs none.
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }): Promise<Browser> => {
    const browser = await launchChromium();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('open', async ({ browser }, { onCleanup }) => {
    const contexts: BrowserContext[] = [];
    onCleanup(async () => {
      await Promise.all(contexts.map((context) => context.close()));
    });
    return async ({ javaScriptEnabled = true, locale = 'en-GB', withoutSiteScripts = false }: OpenOptions = {}): Promise<TrackedPage> => {
      const context = await browser.newContext({ baseURL: baseUrl, javaScriptEnabled, locale });
      contexts.push(context);
      if (withoutSiteScripts) await context.route('**/_astro/*.js', (route) => route.abort());
      const requests: string[] = [];
      context.on('request', (request) => requests.push(request.url()));
      const page = await context.newPage();
      return { context, page, requests };
    };
  });

export async function accessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
}

/** Long enough for Pagefind's first query on a busy 2-core machine; a pass takes under a second when idle. */
export const SEARCH_TIMEOUT_MS = 30_000;

/** Opens the search page for a query and waits until the page has answered that query, then lists the result links. */
export async function searchResults(page: Page, lang: string, query: string, filters = ''): Promise<string[]> {
  await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}${filters}`);
  await waitForAnswer(page, query);
  return page.locator('[data-search-results] li a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
}

/** Waits for the results list to say it answered this query (it marks itself busy while a query runs). */
export async function waitForAnswer(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const list = document.querySelector<HTMLElement>('[data-search-results]');
      return list?.getAttribute('aria-busy') === 'false' && list.dataset.answered === expected;
    },
    query,
    { timeout: SEARCH_TIMEOUT_MS },
  );
}
