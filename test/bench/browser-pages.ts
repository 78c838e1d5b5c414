// Pages for the browser figures: a fresh context each time (so the cache is empty), optionally a slow
// phone's network (400 kbps both ways, 400 ms round trip, 360 px wide, through Chromium's DevTools
// protocol), and a record of every response whose body has been read in full.
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';

export const SLOW_PHONE = { kbps: 400, roundTripMs: 400, width: 360, height: 740 };

export interface PageOptions {
  /** The slow phone's network and screen width. */
  slowPhone?: boolean;
  /** How many times slower than this machine the page's CPU runs (Chromium's CPU throttling). */
  cpuSlowdown?: number;
}

export interface RecordedResponse {
  url: string;
  contentType: string;
  /** The decoded body's length. */
  bytes: number;
  /** The body's length once gzipped, as a compressing server would send it. */
  gzipBytes: number;
  /** The body's length as it came over the network (compressed when the server compressed it). */
  transferBytes: number;
}

export interface RecordingPage {
  page: Page;
  /** Waits for every body being read, then gives every response the page received. */
  responses(): Promise<RecordedResponse[]>;
  /** Resolves once no request has been in flight for `quietMs`, so that late fetches are counted too. */
  quiet(quietMs: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

async function record(response: Response): Promise<RecordedResponse | undefined> {
  const body = await response.body().catch(() => undefined);
  if (!body) return undefined;
  const { responseBodySize } = await response.request().sizes();
  const contentType = response.headers()['content-type'] ?? '';
  const gzipBytes = gzipSync(body).length;
  // Chromium gives no size for a worker's own script: count it as the server sends it, gzipped.
  const compressible = /javascript|json|html|css|text/.test(contentType);
  const transferBytes = responseBodySize > 0 ? responseBodySize : compressible ? gzipBytes : body.length;
  return { url: response.url(), contentType, bytes: body.length, gzipBytes, transferBytes };
}

async function throttle(page: Page, { slowPhone = false, cpuSlowdown = 1 }: PageOptions): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  if (!slowPhone) return;
  const bytesPerSecond = (SLOW_PHONE.kbps * 1000) / 8;
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_PHONE.roundTripMs,
    downloadThroughput: bytesPerSecond,
    uploadThroughput: bytesPerSecond,
  });
}

export async function openRecordingPage(browser: Browser, options: PageOptions = {}): Promise<RecordingPage> {
  const context = await browser.newContext(options.slowPhone ? { viewport: { width: SLOW_PHONE.width, height: SLOW_PHONE.height } } : {});
  const page = await context.newPage();
  await throttle(page, options);
  const pending: Promise<RecordedResponse | undefined>[] = [];
  page.on('response', (response) => {
    pending.push(record(response));
  });
  let inFlight = 0;
  let lastChange = Date.now();
  const change = (delta: number) => {
    inFlight += delta;
    lastChange = Date.now();
  };
  page.on('request', () => change(1));
  page.on('requestfinished', () => change(-1));
  page.on('requestfailed', () => change(-1));
  return {
    page,
    async responses() {
      let settled: (RecordedResponse | undefined)[] = [];
      // A body being read may be followed by another response; read until no new one arrives.
      while (settled.length < pending.length) settled = await Promise.all([...pending]);
      return settled.filter((response) => response !== undefined);
    },
    async quiet(quietMs, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (inFlight > 0 || Date.now() - lastChange < quietMs) {
        if (Date.now() > deadline) throw new Error(`the page kept fetching for ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => context.close(),
  };
}

export const isJavaScript = (response: RecordedResponse) => response.contentType.includes('javascript');
export const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
