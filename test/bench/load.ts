// A bounded load generator for the local server: a fixed number of requests at a fixed concurrency,
// stopped after a time limit, against loopback only. Reports requests/s and latency percentiles.
export interface LoadResult {
  requests: number;
  failures: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export interface LoadOptions {
  requests: number;
  concurrency: number;
  timeLimitMs: number;
  expectStatus: number;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

export async function runLoad(url: string, makeInit: () => RequestInit, options: LoadOptions): Promise<LoadResult> {
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
  const seconds = (performance.now() - started) / 1000;
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
