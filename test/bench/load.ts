// A bounded load generator for the local server: a fixed number of requests at a fixed concurrency,
// stopped after a time limit, against loopback only. It compares an endpoint with a baseline by
// alternating rounds of each, so that both see the same machine, and reports requests/s and latency
// percentiles of both.
export interface LoadResult {
  requests: number;
  failures: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

interface LoadOptions {
  requests: number;
  concurrency: number;
  timeLimitMs: number;
  expectStatus: number;
}

export interface Endpoint {
  url: string;
  init: () => RequestInit;
  expectStatus: number;
}

interface Sample {
  latencies: number[];
  failures: number;
  seconds: number;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

function summarize({ latencies, failures, seconds }: Sample): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    failures,
    seconds,
    perSecond: latencies.length / seconds,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
  };
}

async function sample(url: string, makeInit: () => RequestInit, options: LoadOptions): Promise<Sample> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)) throw new Error('load is only ever sent to this machine');
  const latencies: number[] = [];
  let failures = 0;
  let issued = 0;
  const started = performance.now();
  const deadline = started + options.timeLimitMs;
  async function worker() {
    while (issued < options.requests && performance.now() < deadline) {
      issued += 1;
      const begin = performance.now();
      const response = await fetch(url, makeInit()).catch(() => undefined);
      await response?.arrayBuffer();
      latencies.push(performance.now() - begin);
      if (response?.status !== options.expectStatus) failures += 1;
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { latencies, failures, seconds: (performance.now() - started) / 1000 };
}

export interface Comparison {
  baseline: LoadResult;
  target: LoadResult;
  /** The target's requests/s over the baseline's. */
  throughputRatio: number;
  /** The target's median latency over the baseline's. */
  p50Ratio: number;
}

export interface CompareOptions {
  rounds: number;
  requestsPerRound: number;
  concurrency: number;
  /** Requests of each sent first and not counted, so that neither is measured while the isolate warms up. */
  warmUp: number;
}

export const COMPARE_DEFAULTS: CompareOptions = { rounds: 4, requestsPerRound: 250, concurrency: 8, warmUp: 40 };

function merge(samples: Sample[]): Sample {
  return {
    latencies: samples.flatMap((each) => each.latencies),
    failures: samples.reduce((total, each) => total + each.failures, 0),
    seconds: samples.reduce((total, each) => total + each.seconds, 0),
  };
}

export async function compareLoad(baseline: Endpoint, target: Endpoint, options: CompareOptions = COMPARE_DEFAULTS): Promise<Comparison> {
  const run = (endpoint: Endpoint, requests: number) =>
    sample(endpoint.url, endpoint.init, {
      requests,
      concurrency: options.concurrency,
      timeLimitMs: 30_000,
      expectStatus: endpoint.expectStatus,
    });
  await run(baseline, options.warmUp);
  await run(target, options.warmUp);
  const samples: { baseline: Sample[]; target: Sample[] } = { baseline: [], target: [] };
  for (let round = 0; round < options.rounds; round += 1) {
    samples.baseline.push(await run(baseline, options.requestsPerRound));
    samples.target.push(await run(target, options.requestsPerRound));
  }
  const [base, measured] = [summarize(merge(samples.baseline)), summarize(merge(samples.target))];
  return { baseline: base, target: measured, throughputRatio: measured.perSecond / base.perSecond, p50Ratio: measured.p50Ms / base.p50Ms };
}
