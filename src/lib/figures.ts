// Counts, whole percentages, signed changes, years and dates in the reader's language, made once per language.
import type { Tally } from '../../functions/core/content/transparency';
import { dateFormat, formatMonthRange } from './formats';

export interface Figures {
  count: (value: number) => string;
  /** A share between 0 and 1 as a whole percentage ("37%", "37 %", "٣٧٪", as the language writes it). */
  percent: (share: number) => string;
  /** A change with its sign ("+5", "−7"), 0 without one. */
  signed: (value: number) => string;
  year: (year: number) => string;
  /** A calendar date (stored at 00:00 UTC). */
  date: (date: Date) => string;
  /** A span of months such as "January 2014 – April 2019", from "YYYY-MM" strings. */
  monthRange: (from: string, to: string) => string;
}

const cache = new Map<string, Figures>();

function monthStart(yearMonth: string): Date {
  const [year = 0, month = 1] = yearMonth.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, 1));
}

export function figures(tag: string): Figures {
  let made = cache.get(tag);
  if (made) return made;
  const count = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const signed = new Intl.NumberFormat(tag, { signDisplay: 'exceptZero' });
  const year = new Intl.NumberFormat(tag, { useGrouping: false });
  const date = dateFormat(tag);
  made = {
    count: (value) => count.format(value),
    percent: (share) => percent.format(share),
    signed: (value) => signed.format(value),
    year: (value) => year.format(value),
    date: (value) => date.format(value),
    monthRange: (from, to) => formatMonthRange(tag, monthStart(from), monthStart(to)),
  };
  cache.set(tag, made);
  return made;
}

/** "12 of 145" and "8%" for a tally, for tables. */
export function tallyTexts(tally: Tally, tag: string, countOf: (count: string, total: string) => string) {
  const format = figures(tag);
  return { counted: countOf(format.count(tally.count), format.count(tally.total)), share: format.percent(tally.share) };
}
