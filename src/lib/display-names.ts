// Country and language names come from Intl in the reader's language. ICU lacks a few of the
// languages in the reference data; for those the English name below is shown rather than a bare code.
const LANGUAGES_MISSING_FROM_ICU: Record<string, string> = {
  pov: 'Upper Guinea Creole',
  mnk: 'Mandinka',
  kri: 'Krio',
};

// ICU versions disagree on the full names of these places (newer data says "Hong Kong SAR China" or
// "Palestinian Territories", the Workers runtime "Hong Kong", "Palestine"); their short names are the
// same in both, so pages built in Node and pages rendered in the Worker name them alike.
const SHORT_NAMED_REGIONS = new Set(['HK', 'MO', 'PS']);

const regionNames = new Map<string, Intl.DisplayNames>();
const shortRegionNames = new Map<string, Intl.DisplayNames>();
const languageNames = new Map<string, Intl.DisplayNames>();

function displayNames(cache: Map<string, Intl.DisplayNames>, locale: string, options: Intl.DisplayNamesOptions) {
  let names = cache.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { ...options, fallback: 'none' });
    cache.set(locale, names);
  }
  return names;
}

export function countryName(iso2: string, locale: string, englishName: string): string {
  const names = SHORT_NAMED_REGIONS.has(iso2)
    ? displayNames(shortRegionNames, locale, { type: 'region', style: 'short' })
    : displayNames(regionNames, locale, { type: 'region' });
  return names.of(iso2) ?? englishName;
}

export function languageName(tag: string, locale: string): string {
  const name = displayNames(languageNames, locale, { type: 'language' }).of(tag);
  if (name && name !== tag) return name;
  return LANGUAGES_MISSING_FROM_ICU[tag] ?? tag;
}
