// The countries the search page shows above its full-text results: the finder's matches, held back
// when the query is too short or too general to be a country's name (the full-text results then
// stand alone). The page's country index is one JSON file per language, in the shape below.
import { buildNameIndex, type CountryLookup, lookupCountries, type NameIndex } from './name-index';
import { compactKey, letterCount, normalizeName } from './normalize';

/** One country in /{lang}/search/countries.json. */
export interface SearchCountry {
  code: string;
  /** Its name in the page's language. */
  name: string;
  /** Every name the country is found by, normalized. */
  names: string[];
  /** The delegation that covers it: its page, its name and a sentence saying so, in the page's language. */
  href: string;
  title: string;
  text: string;
}

export interface SearchCountryFile {
  countries: SearchCountry[];
}

/** More matches than this means the query names no country in particular. */
export const MAX_COUNTRY_RESULTS = 4;

/** The fewest letters a query needs before the start of a name (prefix) or of a word within one counts. */
const MIN_LETTERS: Partial<Record<NonNullable<CountryLookup['kind']>, number>> = { prefix: 3, word: 4 };

const SPACE_BETWEEN_HAN = /(?<=\p{Script=Han}) (?=\p{Script=Han})/gu;

/**
 * Names as the index compares them, each once, so that the JSON the browser fetches stays small
 * (without the spaces the index puts between Chinese characters, which it puts back).
 */
export function namesForSearch(names: readonly string[]): string[] {
  return [...new Set(names.map((name) => normalizeName(name).replace(SPACE_BETWEEN_HAN, '')).filter(Boolean))];
}

export function searchCountryIndex(file: SearchCountryFile): NameIndex {
  return buildNameIndex(file.countries.map((country) => [country.code, country.names] as const));
}

export function countriesForSearch(index: NameIndex, query: string): { codes: string[]; typo: boolean } {
  const none = { codes: [], typo: false };
  const lookup = lookupCountries(index, query);
  if (!lookup.kind || lookup.codes.length > MAX_COUNTRY_RESULTS) return none;
  if (letterCount(compactKey(normalizeName(query))) < (MIN_LETTERS[lookup.kind] ?? 0)) return none;
  return { codes: lookup.codes, typo: lookup.kind === 'typo' };
}
