// `npm run bench`: builds the site, then measures it against local servers and a Chromium, and prints
// every figure with its budget and PASS/FAIL (test-results/bench.json keeps them). Exits non-zero when a
// budget fails. Timings are noisy on a busy machine, so it stays out of `npm test`.
//
// To add a figure, write a measure that returns rows (report.ts) and list it below: SITE_MEASURES run
// against one server with the rate limits lifted and share one Chromium; the others start what they need.
// BENCH_PORT picks the servers' ports (that one and the next; 8796 unless set). While working on one
// figure: BENCH_ONLY="contact page,pagefind" runs only the measures so named, and BENCH_SKIP_BUILD=1
// measures the site already in dist/.
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startSite } from '../support/site-server.ts';
import { buildRows } from './build-figures.ts';
import { benchStaffAccess, csvExportRows, exportSeedFile, submissionLoadRows } from './consultation-load.ts';
import { contactLoadRows } from './contact-load.ts';
import { contactPageRows } from './contact-page.ts';
import { conversationRows } from './conversation.ts';
import { findLatencyRows } from './find-latency.ts';
import { cronRows, floodRows } from './hardening.ts';
import { pagefindRows } from './pagefind-query.ts';
import { allPass, type BenchRow, type Measure, printRows, runMeasure, writeRows } from './report.ts';

interface BenchSite {
  baseUrl: string;
  browser: Browser;
  /** A Cloudflare Access token for an all-delegations staff member of this server. */
  staffToken: string;
}

const SITE_MEASURES: [string, (site: BenchSite) => Promise<BenchRow[]>][] = [
  ['contact page', ({ browser, baseUrl }) => contactPageRows(browser, baseUrl)],
  ['pagefind', ({ browser, baseUrl }) => pagefindRows(browser, baseUrl)],
  // Before the consultation load, which adds contributions to the 10,000 seeded ones.
  ['CSV export', ({ baseUrl, staffToken }) => csvExportRows(baseUrl, staffToken)],
  ['contact load', ({ baseUrl }) => contactLoadRows(baseUrl)],
  ['consultation load', ({ baseUrl }) => submissionLoadRows(baseUrl)],
  ['finder latency', ({ baseUrl }) => findLatencyRows(baseUrl)],
  ['conversation', ({ browser, baseUrl }) => conversationRows(browser, baseUrl)],
];

const PORT = Number(process.env.BENCH_PORT ?? 8796);
const OTHER_MEASURES: [string, Measure][] = [
  ['junk flood', () => floodRows(PORT + 1)],
  ['cron', cronRows],
];

const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const chosen = <T>(measures: [string, T][]) => measures.filter(([name]) => !only || only.includes(name));

const rows: BenchRow[] = [];
if (!process.env.BENCH_SKIP_BUILD) {
  try {
    rows.push(...(await buildRows()));
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
}

// The rate limits are lifted for this server only, so that the load measures the work, not the refusals.
const access = await benchStaffAccess();
const site = await startSite(
  PORT,
  { CONTACT_RATE_LIMIT: '100000000', CONSULTATION_RATE_LIMIT: '100000000', ...access.vars },
  exportSeedFile(),
);
try {
  const browser = await launchChromium();
  try {
    const bench = { baseUrl: site.baseUrl, browser, staffToken: access.token };
    for (const [name, measure] of chosen(SITE_MEASURES)) rows.push(...(await runMeasure(name, () => measure(bench))));
  } finally {
    await browser.close();
  }
} finally {
  site.stop();
}
for (const [name, measure] of chosen(OTHER_MEASURES)) rows.push(...(await runMeasure(name, measure)));

console.log('');
printRows(rows);
writeRows('test-results/bench.json', rows);
process.exit(allPass(rows) ? 0 : 1);
