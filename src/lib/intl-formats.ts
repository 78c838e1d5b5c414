// Intl formatters made once per language and options, for a whole build or Worker isolate: making one
// costs far more than using it, and thousands of pages ask for the same few.
const made = new Map<string, unknown>();

function once<T>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = made.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    made.set(key, formatter);
  }
  return formatter;
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return once('DateTimeFormat', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function listFormat(locale: string, options: Intl.ListFormatOptions = { type: 'conjunction' }): Intl.ListFormat {
  return once('ListFormat', locale, options, () => new Intl.ListFormat(locale, options));
}

/** A date as a reader writes it in full ("10 September 2026"), in UTC as the content gives it. */
export function longDate(locale: string, date: Date): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
