// What Pagefind fetches for a first query, with the browser cache empty, over several runs: every
// body is read in full, and fetches that follow the results (preloads) are counted too.
import type { Browser } from 'playwright-core';
import { openRecordingPage, sum } from './browser-pages.ts';
import { type BenchRow, holds, kb } from './report.ts';

const QUERY = { lang: 'en', text: 'russia' };
const RUNS = 3;
const BUDGET_BYTES = 100 * 1024;
/** Pagefind fetches nothing more once no request has been in flight this long. */
const QUIET_MS = 1_000;

interface Fetched {
  /** Bytes that came over the network (the server compresses JavaScript and JSON; the index is gzip already). */
  transfer: number;
  decoded: number;
}

async function firstQuery(browser: Browser, baseUrl: string): Promise<Record<string, Fetched>> {
  const recording = await openRecordingPage(browser);
  try {
    const { page } = recording;
    await page.goto(`${baseUrl}/${QUERY.lang}/search/?q=${QUERY.text}`);
    await page.waitForFunction(
      (query) => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.answered === query,
      QUERY.text,
      { timeout: 60_000 },
    );
    await recording.quiet(QUIET_MS);
    const fetched = (await recording.responses()).filter((response) => new URL(response.url).pathname.startsWith('/pagefind/'));
    return Object.fromEntries(
      fetched.map((response) => [new URL(response.url).pathname, { transfer: response.transferBytes, decoded: response.bytes }]),
    );
  } finally {
    await recording.close();
  }
}

export async function pagefindRows(browser: Browser, baseUrl: string): Promise<BenchRow[]> {
  const runs: Record<string, Fetched>[] = [];
  for (let run = 0; run < RUNS; run += 1) runs.push(await firstQuery(browser, baseUrl));
  const totals = runs.map((files) => sum(Object.values(files).map((file) => file.transfer)));
  const decoded = runs.map((files) => sum(Object.values(files).map((file) => file.decoded)));
  // The same files with the same content every time; their compressed size on the wire may differ by a few bytes.
  const fileLists = runs.map((files) => JSON.stringify(Object.keys(files).sort()));
  const same = decoded.every((total) => total === decoded[0]) && fileLists.every((list) => list === fileLists[0]);
  const worst = Math.max(...totals);
  return [
    holds(
      `Pagefind, bytes over the network for a first query ("${QUERY.text}" on /${QUERY.lang}/), cache empty, ${RUNS} runs`,
      same
        ? `${kb(worst)} (decoded ${kb(Math.max(...decoded))})`
        : `${totals.map(kb).join(' / ')} (decoded ${decoded.map(kb).join(' / ')})`,
      `≤ ${kb(BUDGET_BYTES)}, the same in every run`,
      same && worst <= BUDGET_BYTES,
      { totals, decoded, files: runs[0] },
    ),
  ];
}
