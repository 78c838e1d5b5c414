// Finds a country from what a person types: its name in any UI language, its own name (endonym),
// or an alternative official form, in any script, ignoring case (Turkish dotted and dotless i too),
// accents and Arabic vowel marks, and the letters a Persian and an Arabic keyboard write differently
// (ی ي, ک ك).

import type { Country } from '../../functions/core/content/directory';
import { foldCase } from '../../functions/core/fold-case';
import { countryName } from './display-names';

export interface NameEntry {
  iso2: string;
  normalized: string;
}

const MARKS = /[\u0300-\u036f\u064b-\u065f\u0670]/g;
// The Ukrainian apostrophe ʼ (U+02BC) is a modifier letter in Unicode, but people type ' or ’ for it;
// the zero-width non-joiner inside Persian names ("هنگ‌کنگ") counts as the space people type instead.
const PUNCTUATION = /[\p{P}\p{S}\s\u02BC\u200c]+/gu;

export function normalizeName(text: string): string {
  const unmarked = text.normalize('NFKD').replace(MARKS, '').replace(/[أإآ]/g, 'ا').replace(/[ىی]/g, 'ي').replace(/ک/g, 'ك');
  return foldCase(unmarked).replace(PUNCTUATION, ' ').trim();
}

export function countryNames(country: Country, localeTags: readonly string[]): string[] {
  const names = [country.name_en, country.endonym, ...(country.endonym_alt ?? [])];
  for (const tag of localeTags) names.push(countryName(country.iso2, tag, country.name_en));
  return [...new Set(names)];
}

export function buildNameIndex(countries: readonly Country[], localeTags: readonly string[]): NameEntry[] {
  return countries.flatMap((country) =>
    countryNames(country, localeTags).map((name) => ({ iso2: country.iso2, normalized: normalizeName(name) })),
  );
}

/** Codes of the countries matching the query, best first: exact names, then names starting with it, then containing it. */
export function lookupCountry(index: readonly NameEntry[], query: string): string[] {
  const wanted = normalizeName(query);
  if (wanted.length === 0) return [];
  const ranked = index
    .map((entry) => ({ entry, rank: matchRank(entry.normalized, wanted) }))
    .filter(({ rank }) => rank < 3)
    .sort((a, b) => a.rank - b.rank);
  return [...new Set(ranked.map(({ entry }) => entry.iso2))];
}

/**
 * The country to go to straight away: one country is named exactly as typed and no other country has
 * a name starting with it ("Russia" is Russia; "Niger" could be Nigeria and "Congo" either Congo).
 */
export function unambiguousMatch(index: readonly NameEntry[], query: string): string | undefined {
  const wanted = normalizeName(query);
  const exact = new Set(index.filter((entry) => entry.normalized === wanted).map((entry) => entry.iso2));
  const startingWith = new Set(index.filter((entry) => entry.normalized.startsWith(wanted)).map((entry) => entry.iso2));
  const [only] = exact;
  return exact.size === 1 && startingWith.size === 1 ? only : undefined;
}

function matchRank(name: string, wanted: string): number {
  if (name === wanted) return 0;
  if (name.startsWith(wanted)) return 1;
  if (name.includes(wanted)) return 2;
  return 3;
}
