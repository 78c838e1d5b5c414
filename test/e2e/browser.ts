// Real Chromium from Debian, driven by playwright-core; never a downloaded browser.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../support/chromium';

export const baseUrl = inject('baseUrl');

export const launchBrowser = launchChromium;

export interface TrackedPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested, to prove nothing leaves this origin. */
  requests: string[];
}

/**
 * `withoutSiteScripts` keeps JavaScript on (axe-core needs it) but refuses the site's own scripts,
 * so the page behaves as it does with JavaScript off.
 */
export async function openPage(
  browser: Browser,
  { javaScriptEnabled = true, locale = 'en-GB', withoutSiteScripts = false } = {},
): Promise<TrackedPage> {
  const context = await browser.newContext({ baseURL: baseUrl, javaScriptEnabled, locale });
  if (withoutSiteScripts) await context.route('**/_astro/*.js', (route) => route.abort());
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  return { context, page, requests };
}

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
