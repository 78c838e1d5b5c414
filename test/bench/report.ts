// The rows of `npm run bench`: each figure with its value, its budget and whether it passes. A measure
// is a function that returns rows; run-bench.ts runs them in order, prints every row, writes them to
// test-results/bench.json and exits non-zero when a budget fails.
import { mkdirSync, writeFileSync } from 'node:fs';

export interface BenchRow {
  /** The figure, named as a reader of the table would name it. */
  figure: string;
  /** The value as printed, with its unit (several values when the figure is the worst of several runs). */
  shown: string;
  /** The budget as printed; empty for a figure shown for information only. */
  budget: string;
  /** Undefined for a figure without a budget. */
  pass?: boolean;
  /** The raw values, kept in bench.json. */
  details?: Record<string, unknown> | undefined;
}

export type Measure = () => Promise<BenchRow[]>;

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const seconds = (value: number) => `${value.toFixed(2)} s`;
export const ratio = (value: number) => value.toFixed(2);

type Format = (value: number) => string;

/** The value as printed, with more digits where rounding would show it equal to a limit it is not. */
function shownBeside(value: number, limit: number, format: Format): string {
  const shown = format(value);
  return shown === format(limit) && value !== limit ? `${shown} (${value.toPrecision(4)})` : shown;
}

export function atMost(figure: string, value: number, limit: number, format: Format, details?: Record<string, unknown>): BenchRow {
  return {
    figure,
    shown: shownBeside(value, limit, format),
    budget: `≤ ${format(limit)}`,
    pass: value <= limit,
    details: { value, ...details },
  };
}

export function below(figure: string, value: number, limit: number, format: Format, details?: Record<string, unknown>): BenchRow {
  return {
    figure,
    shown: shownBeside(value, limit, format),
    budget: `< ${format(limit)}`,
    pass: value < limit,
    details: { value, ...details },
  };
}

export function atLeast(figure: string, value: number, limit: number, format: Format, details?: Record<string, unknown>): BenchRow {
  return {
    figure,
    shown: shownBeside(value, limit, format),
    budget: `≥ ${format(limit)}`,
    pass: value >= limit,
    details: { value, ...details },
  };
}

/** A figure whose budget is a condition rather than a limit, e.g. "the same in every run". */
export function holds(figure: string, shown: string, budget: string, pass: boolean, details?: Record<string, unknown>): BenchRow {
  return { figure, shown, budget, pass, details };
}

export function info(figure: string, shown: string, details?: Record<string, unknown>): BenchRow {
  return { figure, shown, budget: '', details };
}

/** A measure that could not run fails its row rather than stopping the other measures. */
export async function runMeasure(name: string, measure: Measure): Promise<BenchRow[]> {
  try {
    return await measure();
  } catch (error) {
    console.error(`${name} failed:`, error);
    return [holds(name, 'did not run', 'runs', false, { error: String(error) })];
  }
}

export function printRows(rows: BenchRow[]): void {
  const width = (pick: (row: BenchRow) => string) => Math.max(...rows.map((row) => pick(row).length));
  const [figure, shown, budget] = [width((row) => row.figure), width((row) => row.shown), width((row) => row.budget)];
  for (const row of rows) {
    const verdict = row.pass === undefined ? '    ' : row.pass ? 'PASS' : 'FAIL';
    console.log(`${verdict}  ${row.figure.padEnd(figure)}  ${row.shown.padStart(shown)}  ${row.budget.padEnd(budget)}`);
  }
}

export function writeRows(file: string, rows: BenchRow[]): void {
  mkdirSync('test-results', { recursive: true });
  writeFileSync(file, JSON.stringify({ measuredAt: new Date().toISOString(), rows }, null, 2));
}

export const allPass = (rows: BenchRow[]) => rows.every((row) => row.pass !== false);
