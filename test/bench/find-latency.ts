// The country finder without JavaScript, rendered on demand, against a static page in the same rounds.
import { compareLoad } from './load.ts';
import { atMost, type BenchRow, ratio } from './report.ts';

/** A query that lists several countries, so that the page looks names up and renders a list. */
const QUERY = 'guinea';
const BUDGET_P50_RATIO = 1.5;

export async function findLatencyRows(baseUrl: string): Promise<BenchRow[]> {
  const comparison = await compareLoad(
    { url: `${baseUrl}/en/delegations/russia/`, init: () => ({}), expectStatus: 200 },
    { url: `${baseUrl}/en/find/?q=${QUERY}`, init: () => ({}), expectStatus: 200 },
  );
  const failures = comparison.baseline.failures + comparison.target.failures;
  const row = atMost(`/{lang}/find/?q= latency, p50 ratio to a static page (q=${QUERY})`, comparison.p50Ratio, BUDGET_P50_RATIO, ratio, {
    ...comparison,
  });
  return [failures === 0 ? row : { ...row, shown: `${row.shown} (${failures} failed)`, pass: false }];
}
