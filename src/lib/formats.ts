// Dates and lists in the reader's language, made the same way on every page. Dates are always in the
// Gregorian calendar, as the content's years are (consultation cycles, reports, adoption): Persian would
// otherwise get the Solar Hijri calendar. workerd, which renders the pages made on demand, has no
// Kirundi at all, and ICU has no Kirundi list pattern even in Node (which renders the built pages), so
// Kirundi dates, weekdays and lists are written from the words below (the month and day names are those
// Node's ICU gives). Intl formatters are made once per language and options, for a whole build or
// Worker isolate: making one costs far more than using it, and thousands of pages ask for the same few.

export interface Formatter<T> {
  format(value: T): string;
}

export interface ListFormatter extends Formatter<readonly string[]> {
  formatToParts(items: readonly string[]): { type: 'element' | 'literal'; value: string }[];
}

interface MissingWords {
  /** What stands before the last item of a list: the language's "and". */
  and: (last: string) => string;
  months: readonly string[];
  /** Monday first, as ISO numbers the days. */
  weekdays: readonly string[];
}

const WORDS_MISSING_FROM_ICU: Record<string, MissingWords> = {
  rn: {
    // "na" elides before a vowel: "Ubudage n’Ubufaransa".
    and: (last) => (/^[aeiou]/i.test(last) ? ' n’' : ' na '),
    months: [
      'Nzero',
      'Ruhuhuma',
      'Ntwarante',
      'Ndamukiza',
      'Rusama',
      'Ruheshi',
      'Mukakaro',
      'Nyandagaro',
      'Nyakanga',
      'Gitugutu',
      'Munyonyo',
      'Kigarama',
    ],
    weekdays: ['Ku wa mbere', 'Ku wa kabiri', 'Ku wa gatatu', 'Ku wa kane', 'Ku wa gatanu', 'Ku wa gatandatu', 'Ku w’indwi'],
  },
};

const made = new Map<string, unknown>();

/** The Intl object of `kind` for this language and options, made on first use. */
export function madeOnce<T>(kind: string, tag: string, options: object, make: () => T): T {
  const key = `${kind}|${tag}|${JSON.stringify(options)}`;
  let formatter = made.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    made.set(key, formatter);
  }
  return formatter;
}

export function dateTimeFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return madeOnce('DateTimeFormat', tag, options, () => new Intl.DateTimeFormat(tag, options));
}

function runtimeLacks(service: { supportedLocalesOf(locales: string[]): string[] }, tag: string): boolean {
  return service.supportedLocalesOf([tag]).length === 0;
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

function writtenDate(date: Date, months: readonly string[], withTime: boolean): string {
  const day = `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return withTime ? `${day} ${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}` : day;
}

/** A long date ("30 June 2026"), with the time of day (UTC) when `withTime`. */
export function dateFormat(tag: string, { withTime = false } = {}): Formatter<Date> {
  const missing = WORDS_MISSING_FROM_ICU[tag];
  if (missing && runtimeLacks(Intl.DateTimeFormat, tag)) return { format: (date) => writtenDate(date, missing.months, withTime) };
  return dateTimeFormat(tag, {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
    calendar: 'gregory',
    timeZone: 'UTC',
  });
}

/** A span of months such as "January 2014 – April 2019" (the first day of each month, UTC). */
export function formatMonthRange(tag: string, from: Date, to: Date): string {
  const missing = WORDS_MISSING_FROM_ICU[tag];
  if (missing && runtimeLacks(Intl.DateTimeFormat, tag)) {
    const month = (date: Date) => `${missing.months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
    return `${month(from)} – ${month(to)}`;
  }
  return dateTimeFormat(tag, { year: 'numeric', month: 'long', calendar: 'gregory', timeZone: 'UTC' }).formatRange(from, to);
}

/** The name of an ISO weekday (1 is Monday). */
export function weekdayName(isoDay: number, tag: string): string {
  const missing = WORDS_MISSING_FROM_ICU[tag];
  if (missing && runtimeLacks(Intl.DateTimeFormat, tag)) return missing.weekdays[isoDay - 1] ?? String(isoDay);
  // 2026-11-23 is a Monday: ISO day n is that date plus n - 1 days.
  return dateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 10, 22 + isoDay)));
}

/** "A, B and C", as the language writes it. */
export function listFormat(tag: string): ListFormatter {
  const missing = WORDS_MISSING_FROM_ICU[tag];
  if (!missing || !runtimeLacks(Intl.ListFormat, tag))
    return madeOnce('ListFormat', tag, {}, () => new Intl.ListFormat(tag, { type: 'conjunction' }));
  const formatToParts = (items: readonly string[]) =>
    items.flatMap((value, index) => {
      const element = { type: 'element' as const, value };
      if (index === 0) return [element];
      const literal = index === items.length - 1 ? missing.and(value) : ', ';
      return [{ type: 'literal' as const, value: literal }, element];
    });
  return {
    formatToParts,
    format: (items) =>
      formatToParts(items)
        .map((part) => part.value)
        .join(''),
  };
}
