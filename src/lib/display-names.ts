// Country, language and seat city names in the reader's language. Country names come from Intl, or
// from content/country-names/{lang}.yaml for a language the runtime lacks (Kirundi in workerd);
// language names from content/language-names.yaml where the runtime's Intl has none (workerd lacks
// several codes and all of Kirundi), else from Intl, else the language's own name, marked with its
// lang; seat cities from content/seat-cities.yaml, with the English name as a marked fallback.
import { bareLanguageNames, type NameIn, resolveLanguageName, type UiLanguage } from '../../functions/core/content/language-names';
import { type CityName, seatCityName, unlistedSeatCities } from '../../functions/core/content/seat-cities';
import { languageNamesFile, seatCitiesFile } from '../../functions/server/content/languages';
import { contentCountryNames } from '../../functions/server/content/names';
import { locales } from '../i18n/locales';
import { madeOnce } from './formats';

// ICU versions disagree on the full names of these places (newer data says "Hong Kong SAR China" or
// "Palestinian Territories", the Workers runtime "Hong Kong", "Palestine"); their short names are the
// same in both, so pages built in Node and pages rendered in the Worker name them alike.
const SHORT_NAMED_REGIONS = new Set(['HK', 'MO', 'PS']);

function regionDisplayNames(locale: string, style: 'long' | 'short'): Intl.DisplayNames {
  const options = { type: 'region', style, fallback: 'none' } as const;
  return madeOnce('DisplayNames', locale, options, () => new Intl.DisplayNames([locale], options));
}

export function countryName(iso2: string, locale: string, englishName: string): string {
  const names = regionDisplayNames(locale, SHORT_NAMED_REGIONS.has(iso2) ? 'short' : 'long');
  return contentCountryNames(locale)?.get(iso2) ?? names.of(iso2) ?? englishName;
}

/** The UI language of a BCP 47 tag ("zh-Hans" is ui/zh.json); a tag of no UI language stands for itself. */
export function uiLanguage(localeTag: string): UiLanguage {
  const locale = locales.find((candidate) => candidate.tag === localeTag);
  return { code: locale?.code ?? localeTag.split('-')[0] ?? localeTag, tag: localeTag };
}

/** A language's name in a UI language, with the language it is written in (for lang=""). */
export function languageLabel(tag: string, localeTag: string): NameIn {
  // A bare code only where the build check has not run (it refuses content that would show one).
  return resolveLanguageName(tag, uiLanguage(localeTag), languageNamesFile()) ?? { name: tag, lang: tag };
}

export function languageName(tag: string, localeTag: string): string {
  return languageLabel(tag, localeTag).name;
}

/** The language's name for itself, as a link to a text in that language shows it. */
export function ownLanguageName(tag: string): string {
  return languageNamesFile()[tag]?.own ?? languageName(tag, tag);
}

/** Fails the build (and an on-demand page) when a language code in content would show bare in a UI language. */
export function assertLanguagesNamed(tags: Iterable<string>, source: string): void {
  const bare = bareLanguageNames(
    tags,
    locales.map((locale) => uiLanguage(locale.tag)),
    languageNamesFile(),
  );
  if (bare.length > 0) throw new Error(`${source}: add these languages to content/language-names.yaml: ${bare.join(', ')}`);
}

/** A delegation's seat city in the reader's language, or in English marked as a fallback. */
export function seatCityLabel(cityEn: string, localeTag: string): CityName {
  return seatCityName(cityEn, uiLanguage(localeTag), seatCitiesFile());
}

/** Fails the build when a delegation's seat city is missing from content/seat-cities.yaml. */
export function assertSeatCitiesListed(citiesEn: Iterable<string>): void {
  const unlisted = unlistedSeatCities(citiesEn, seatCitiesFile());
  if (unlisted.length > 0) throw new Error(`Add these seat cities to content/seat-cities.yaml: ${unlisted.join(', ')}`);
}
