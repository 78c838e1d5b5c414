// Country and language names come from Intl in the reader's language. ICU lacks a few of the
// languages in the reference data; for those the English name below is shown rather than a bare code.
// Names in a language the runtime lacks (Kirundi: none in workerd, which renders every page) come from content.
import { contentCountryNames, contentLanguageNames } from '../../functions/server/content/names';

const LANGUAGES_MISSING_FROM_ICU: Record<string, string> = {
  pov: 'Upper Guinea Creole',
  mnk: 'Mandinka',
  kri: 'Krio',
};

const regionNames = new Map<string, Intl.DisplayNames>();
const languageNames = new Map<string, Intl.DisplayNames>();

function displayNames(cache: Map<string, Intl.DisplayNames>, locale: string, type: 'region' | 'language') {
  let names = cache.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type, fallback: 'none' });
    cache.set(locale, names);
  }
  return names;
}

export function countryName(iso2: string, locale: string, englishName: string): string {
  return contentCountryNames(locale)?.get(iso2) ?? displayNames(regionNames, locale, 'region').of(iso2) ?? englishName;
}

export function languageName(tag: string, locale: string): string {
  const given = contentLanguageNames(locale)?.get(tag);
  if (given) return given;
  const name = displayNames(languageNames, locale, 'language').of(tag);
  if (name && name !== tag) return name;
  return LANGUAGES_MISSING_FROM_ICU[tag] ?? tag;
}
