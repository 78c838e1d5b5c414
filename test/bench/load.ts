// A bounded load generator for the local server: a fixed number of requests at a fixed concurrency,
// stopped after a time limit, against loopback only. It compares an endpoint with a baseline in short
// rounds of each, in alternating order (ABBA), and takes the median of the rounds' ratios, so that a
// burst of other work on the machine skews one round rather than the figure.
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
  /** The median over rounds of the target's requests/s over the baseline's in the same round. */
  throughputRatio: number;
  /** The median over rounds of the target's median latency over the baseline's in the same round. */
  p50Ratio: number;
}

export interface CompareOptions {
  rounds: number;
  requestsPerRound: number;
  concurrency: number;
  /** Requests of each sent first and not counted, so that neither is measured while the isolate warms up. */
  warmUp: number;
}

export const COMPARE_DEFAULTS: CompareOptions = { rounds: 12, requestsPerRound: 100, concurrency: 8, warmUp: 40 };

function merge(samples: Sample[]): Sample {
  return {
    latencies: samples.flatMap((each) => each.latencies),
    failures: samples.reduce((total, each) => total + each.failures, 0),
    seconds: samples.reduce((total, each) => total + each.seconds, 0),
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

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
  const rounds: { baseline: Sample; target: Sample }[] = [];
  for (let round = 0; round < options.rounds; round += 1) {
    const targetFirst = round % 2 === 1;
    const first = await run(targetFirst ? target : baseline, options.requestsPerRound);
    const second = await run(targetFirst ? baseline : target, options.requestsPerRound);
    rounds.push(targetFirst ? { baseline: second, target: first } : { baseline: first, target: second });
  }
  const perRound = rounds.map((round) => ({ baseline: summarize(round.baseline), target: summarize(round.target) }));
  return {
    baseline: summarize(merge(rounds.map((round) => round.baseline))),
    target: summarize(merge(rounds.map((round) => round.target))),
    throughputRatio: median(perRound.map((round) => round.target.perSecond / round.baseline.perSecond)),
    p50Ratio: median(perRound.map((round) => round.target.p50Ms / round.baseline.p50Ms)),
  };
}
