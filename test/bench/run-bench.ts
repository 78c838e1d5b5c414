// `npm run bench`: build time, page count, transferred weight of key pages (gzip), and what Pagefind
// fetches for a first query. Prints a table and checks the budgets; writes test-results/bench.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../support/chromium.ts';
import { startSite } from '../support/site-server.ts';
import { benchStaffAccess, EXPORT_ROWS, exportSeedFile, measureSubmissionLoad, timeCsvExport } from './consultation-load.ts';
import { type ContactLoad, measureContactLoad } from './contact-load.ts';
import { cronFigures, junkFloodThenRealMessage } from './hardening.ts';

const CLIENT = 'dist/client';
const PAGES = { home: '/en/', directory: '/en/delegations/', delegation: '/en/delegations/russia/' };
const BUDGETS = { delegationHtmlGzip: 14 * 1024, buildSeconds: 60 };

function timeBuild(): number {
  const started = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('build failed');
  return (performance.now() - started) / 1000;
}

function countPages(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .length;
}

function gzipBytes(file: string): number {
  return gzipSync(readFileSync(join(CLIENT, file))).length;
}

function pageWeight(path: string) {
  const htmlFile = join(path, 'index.html');
  const html = readFileSync(join(CLIENT, htmlFile), 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((match) => match[1] ?? '');
  const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1] ?? '');
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>/g)].length;
  return {
    htmlGzip: gzipBytes(htmlFile),
    cssGzip: css.reduce((sum, file) => sum + gzipBytes(file), 0),
    jsGzip: js.reduce((sum, file) => sum + gzipBytes(file), 0),
    inlineScripts,
  };
}

/** What the contact page transfers once the encryption code is loaded (gzip of each HTML, CSS and JS body). */
async function contactPageWeight(baseUrl: string) {
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext()).newPage();
    const weight = { html: 0, css: 0, js: 0 };
    page.on('response', async (response) => {
      const type = response.headers()['content-type'] ?? '';
      const kind = type.includes('html') ? 'html' : type.includes('css') ? 'css' : type.includes('javascript') ? 'js' : undefined;
      if (kind) weight[kind] += gzipSync(await response.body()).length;
    });
    await page.goto(`${baseUrl}/en/delegations/russia/contact/`);
    await page.locator('#message').focus();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    return weight;
  } finally {
    await browser.close();
  }
}

async function pagefindFirstQueryBytes(baseUrl: string): Promise<number> {
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext()).newPage();
    let bytes = 0;
    page.on('response', async (response) => {
      if (new URL(response.url()).pathname.startsWith('/pagefind/')) bytes += (await response.body()).length;
    });
    await page.goto(`${baseUrl}/en/search/?q=russia`);
    await page.locator('[data-search-results] li').first().waitFor();
    await page.waitForLoadState('networkidle');
    return bytes;
  } finally {
    await browser.close();
  }
}

const buildSeconds = timeBuild();
const pages = countPages(CLIENT);
const weights = Object.fromEntries(Object.entries(PAGES).map(([name, path]) => [name, { path, ...pageWeight(path) }]));
// The rate limit is lifted for this local server only, so that the load measures the work, not the refusals.
const access = await benchStaffAccess();
const site = await startSite(
  8797,
  { CONTACT_RATE_LIMIT: '100000000', CONSULTATION_RATE_LIMIT: '100000000', ...access.vars },
  exportSeedFile(),
);
let pagefindBytes: number;
let contactWeight: Awaited<ReturnType<typeof contactPageWeight>>;
let load: ContactLoad & { consultationJson: Awaited<ReturnType<typeof measureSubmissionLoad>> };
let csvExport: Awaited<ReturnType<typeof timeCsvExport>>;
try {
  pagefindBytes = await pagefindFirstQueryBytes(site.baseUrl);
  contactWeight = await contactPageWeight(site.baseUrl);
  csvExport = await timeCsvExport(site.baseUrl, access.token);
  load = { ...(await measureContactLoad(site.baseUrl)), consultationJson: await measureSubmissionLoad(site.baseUrl) };
} finally {
  site.stop();
}

const flood = await junkFloodThenRealMessage(8796);
const cron = cronFigures() as {
  cronRunsFor5000ExpiredMessages?: { runs: number; maxQueriesPerRun: number; queryBudget: number };
  focalPointNoticesSentUnder60PoisonedReceipts?: { sent: number };
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`\nBuild: ${buildSeconds.toFixed(1)} s, ${pages} HTML pages`);
console.table(
  Object.fromEntries(
    Object.entries(weights).map(([name, w]) => [
      name,
      { path: w.path, html: kb(w.htmlGzip), css: kb(w.cssGzip), js: kb(w.jsGzip), inlineScripts: w.inlineScripts },
    ]),
  ),
);
console.log(`Pagefind, first query ("russia" on /en/): ${kb(pagefindBytes)} fetched (uncompressed bodies)`);
console.log(
  `Contact page with its encryption code: html ${kb(contactWeight.html)}, css ${kb(contactWeight.css)}, js ${kb(contactWeight.js)} (gzip)`,
);
const health = load.health;
console.table(
  Object.fromEntries(
    Object.entries(load).map(([name, result]) => [
      name,
      {
        requests: result.requests,
        failures: result.failures,
        'req/s': result.perSecond.toFixed(0),
        'p50 ms': result.p50Ms.toFixed(1),
        'p99 ms': result.p99Ms.toFixed(1),
        'req/s vs health': (result.perSecond / health.perSecond).toFixed(2),
        'p50 vs health': (result.p50Ms / health.p50Ms).toFixed(1),
      },
    ]),
  ),
);
console.log(
  `CSV export of ${csvExport.rows} contributions (seeded ${EXPORT_ROWS}): ${csvExport.seconds.toFixed(2)} s, ${kb(csvExport.bytes)}`,
);
console.log(
  `Junk flood: ${flood.junkRequests} junk requests from one address (statuses ${JSON.stringify(flood.junkStatuses)}), then a real message: ${flood.realMessageStatus}`,
);
const runsFor5000 = cron.cronRunsFor5000ExpiredMessages;
console.log(
  `Cron: ${runsFor5000?.runs} runs to expire 5,000 messages with attachments, at most ${runsFor5000?.maxQueriesPerRun} D1 queries a run (budget ${runsFor5000?.queryBudget})`,
);
console.log(
  `Notices: ${cron.focalPointNoticesSentUnder60PoisonedReceipts?.sent} focal-point notice sent on the run after 60 undeliverable receipts`,
);
const delegationHtml = weights.delegation?.htmlGzip ?? Number.POSITIVE_INFINITY;
const checks = [
  [`delegation page HTML under ${kb(BUDGETS.delegationHtmlGzip)} gzip`, delegationHtml < BUDGETS.delegationHtmlGzip],
  [`full build under ${BUDGETS.buildSeconds} s`, buildSeconds < BUDGETS.buildSeconds],
  ['contact and consultation load without failures', Object.values(load).every((result) => result.failures === 0)],
  [`CSV export holds all ${EXPORT_ROWS} seeded contributions`, csvExport.rows === EXPORT_ROWS],
  ['a real message is accepted after a junk flood from its address', flood.realMessageStatus === 201],
  [
    '5,000 expired messages are gone within 10 cron runs, each within the query budget',
    (runsFor5000?.runs ?? 99) <= 10 && (runsFor5000?.maxQueriesPerRun ?? 99) <= (runsFor5000?.queryBudget ?? 0),
  ],
  ['the focal-point notice goes out under 60 poisoned receipts', cron.focalPointNoticesSentUnder60PoisonedReceipts?.sent === 1],
] as const;
for (const [label, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${label}`);
mkdirSync('test-results', { recursive: true });
writeFileSync(
  'test-results/bench.json',
  JSON.stringify({ buildSeconds, pages, weights, pagefindBytes, contactWeight, load, csvExport, flood, cron }, null, 2),
);
process.exit(checks.every(([, ok]) => ok) ? 0 : 1);
