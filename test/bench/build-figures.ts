// The full build's time and page count, and the gzip weight of the built HTML, CSS and JavaScript of
// the home, directory and a delegation page.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { atMost, type BenchRow, below, info, kb } from './report.ts';

const CLIENT = 'dist/client';
const PAGES = { home: '/en/', directory: '/en/delegations/', delegation: '/en/delegations/russia/' };
const BUDGETS = { buildSeconds: 60, delegationHtmlGzip: 14 * 1024 };

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

const gzipBytes = (file: string) => gzipSync(readFileSync(join(CLIENT, file))).length;

function pageWeight(path: string) {
  const htmlFile = join(path, 'index.html');
  const html = readFileSync(join(CLIENT, htmlFile), 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((match) => match[1] ?? '');
  const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1] ?? '');
  return {
    htmlGzip: gzipBytes(htmlFile),
    cssGzip: css.reduce((total, file) => total + gzipBytes(file), 0),
    jsGzip: js.reduce((total, file) => total + gzipBytes(file), 0),
  };
}

/** Builds the site (so the other measures run against this build) and weighs the built pages. */
export async function buildRows(): Promise<BenchRow[]> {
  const buildSeconds = timeBuild();
  const pages = countPages(CLIENT);
  const weights = Object.entries(PAGES).map(([name, path]) => ({ name, path, ...pageWeight(path) }));
  const delegation = weights.find((weight) => weight.name === 'delegation');
  return [
    below(
      `full build, all languages (${pages} pages, ${((buildSeconds / pages) * 1000).toFixed(1)} ms a page)`,
      buildSeconds,
      BUDGETS.buildSeconds,
      (s) => `${s.toFixed(1)} s`,
      { pages },
    ),
    atMost('delegation page HTML, gzip', delegation?.htmlGzip ?? Number.POSITIVE_INFINITY, BUDGETS.delegationHtmlGzip, kb),
    ...weights.map((weight) =>
      info(
        `${weight.name} page (${weight.path}): HTML, CSS, JS gzip`,
        [weight.htmlGzip, weight.cssGzip, weight.jsGzip].map(kb).join(', '),
        weight,
      ),
    ),
  ];
}
