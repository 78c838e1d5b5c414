// Figures that `npm run bench` reads from the Worker tests that measure them (printed only when it asks).
import { env } from 'cloudflare:workers';

export const BENCH_MARKER = 'BENCH-FIGURE';

export function reportFigure(name: string, value: unknown): void {
  if (env.BENCH_FIGURES) console.log(`${BENCH_MARKER} ${JSON.stringify({ name, value })}`);
}
