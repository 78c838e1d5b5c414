// The contact page's JavaScript: what its HTML makes the browser load before any dynamic import, and on
// a slow phone's network how long after the page's load it can encrypt, everything it has loaded once
// it has also made the reply key, and the longest task that could have held up typing meanwhile.
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { isJavaScript, openRecordingPage, type PageOptions, SLOW_PHONE, sum } from './browser-pages.ts';
import { atMost, type BenchRow, kb, seconds } from './report.ts';

export const CONTACT_PAGE = '/en/delegations/russia/contact/';
/** The mark the contact form sets once it can encrypt (code loaded, delegation key read). */
const READY_MARK = 'contact-encryption-ready';
/** The mark it sets once it has also made the reply key for the message (Argon2 code loaded and run). */
const REPLY_KEY_MARK = 'contact-reply-key-ready';
const BUDGETS = { referencedJsGzip: 20 * 1024, allJsGzip: 60 * 1024, readySeconds: 1.5, longestTaskMs: 100 };
/** A slow phone's processor, for the figure on typing: Chromium runs the page this many times slower. */
const PHONE_CPU_SLOWDOWN = 4;

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["']([^"']+\.js)["']/g;

/** The scripts and module preloads in the HTML, with every module they import statically. */
async function referencedScripts(baseUrl: string, html: string): Promise<Map<string, number>> {
  const tags = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+href="([^"]+)"[^>]+rel="modulepreload"/g),
  ];
  const queue = tags.map((match) => new URL(match[1] ?? '', baseUrl).href);
  const sizes = new Map<string, number>();
  while (queue.length > 0) {
    const url = queue.shift() ?? '';
    if (sizes.has(url)) continue;
    const body = await (await fetch(url)).text();
    sizes.set(url, gzipSync(body).length);
    for (const match of body.matchAll(STATIC_IMPORT)) queue.push(new URL(match[1] ?? '', url).href);
  }
  return sizes;
}

interface SlowPhoneLoad {
  longTasks: string[];
  allJsGzip: number;
  scripts: Record<string, number>;
  readyAfterLoadSeconds: number;
  longestTaskMs: number;
}

/** Opens the page on a slow phone's network, starts writing at once, and waits until it can encrypt and has made the reply key. */
async function loadOnSlowPhone(browser: Browser, baseUrl: string, options: PageOptions): Promise<SlowPhoneLoad> {
  const recording = await openRecordingPage(browser, { slowPhone: true, ...options });
  try {
    const { page } = recording;
    await page.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = [];
      Object.assign(window, { benchLongTasks: tasks });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${baseUrl}${CONTACT_PAGE}`, { waitUntil: 'load', timeout: 60_000 });
    await page.locator('#message').focus();
    for (const mark of [READY_MARK, REPLY_KEY_MARK])
      await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 60_000 });
    const timing = await page.evaluate((mark) => {
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      const ready = performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN;
      const tasks = (window as unknown as { benchLongTasks: { start: number; duration: number }[] }).benchLongTasks;
      return {
        readyAfterLoadMs: ready - (navigation?.loadEventEnd ?? 0),
        longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
        longTasks: tasks.map(
          (task) => `${task.duration.toFixed(0)} ms at ${task.start.toFixed(0)} ms (load ${navigation?.loadEventEnd.toFixed(0)} ms)`,
        ),
      };
    }, READY_MARK);
    const scripts = (await recording.responses()).filter(isJavaScript);
    return {
      allJsGzip: sum(scripts.map((script) => script.gzipBytes)),
      scripts: Object.fromEntries(scripts.map((script) => [new URL(script.url).pathname, script.gzipBytes])),
      readyAfterLoadSeconds: timing.readyAfterLoadMs / 1000,
      longestTaskMs: timing.longestTaskMs,
      longTasks: timing.longTasks,
    };
  } finally {
    await recording.close();
  }
}

export async function contactPageRows(browser: Browser, baseUrl: string): Promise<BenchRow[]> {
  const html = await (await fetch(`${baseUrl}${CONTACT_PAGE}`)).text();
  const referenced = await referencedScripts(baseUrl, html);
  const slow = await loadOnSlowPhone(browser, baseUrl, {});
  const slowCpu = await loadOnSlowPhone(browser, baseUrl, { cpuSlowdown: PHONE_CPU_SLOWDOWN });
  const network = `${SLOW_PHONE.kbps} kbps, ${SLOW_PHONE.roundTripMs} ms RTT, ${SLOW_PHONE.width} px`;
  return [
    atMost(
      'contact page JavaScript referenced by its HTML (scripts, modulepreloads and their static imports), gzip',
      sum([...referenced.values()]),
      BUDGETS.referencedJsGzip,
      kb,
      { scripts: Object.fromEntries([...referenced].map(([url, bytes]) => [new URL(url).pathname, bytes])) },
    ),
    atMost(
      'all JavaScript of the contact page once it can encrypt and has made the reply key, gzip',
      slow.allJsGzip,
      BUDGETS.allJsGzip,
      kb,
      {
        scripts: slow.scripts,
      },
    ),
    atMost(`contact form ready to encrypt, after the page's load (${network})`, slow.readyAfterLoadSeconds, BUDGETS.readySeconds, seconds),
    atMost(
      `longest main-thread task until the form has made the reply key, CPU ${PHONE_CPU_SLOWDOWN}× slower (the form never blocks typing)`,
      slowCpu.longestTaskMs,
      BUDGETS.longestTaskMs,
      // The Long Tasks API reports only tasks over 50 ms.
      (ms) => (ms === 0 ? 'none > 50 ms' : `${ms.toFixed(0)} ms`),
      { readyAfterLoadSeconds: slowCpu.readyAfterLoadSeconds, longTasks: slowCpu.longTasks },
    ),
  ];
}
