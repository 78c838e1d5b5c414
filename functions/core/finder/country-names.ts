// Every name a country is found by: its English name and own names from the country list, its name
// in every UI language (and any other locale an alias file asks for) from Intl, and the aliases of
// every language's alias file. A new UI language adds names through its locale tag and its file.
import type { CountryAliases } from '../content/country-alias-schemas';

export interface NamedCountry {
  iso2: string;
  name_en: string;
  endonym: string;
  endonym_alt?: readonly string[] | undefined;
}

function regionNamers(tags: Iterable<string>): Intl.DisplayNames[] {
  return [...new Set(tags)].map((tag) => new Intl.DisplayNames([tag], { type: 'region', fallback: 'none' }));
}

export function countrySearchNames(
  countries: readonly NamedCountry[],
  localeTags: readonly string[],
  aliasFiles: readonly CountryAliases[],
): Map<string, string[]> {
  const namers = regionNamers([...localeTags, ...aliasFiles.flatMap((file) => file.intl_names)]);
  return new Map(
    countries.map((country) => {
      const names = [country.name_en, country.endonym, ...(country.endonym_alt ?? [])];
      for (const namer of namers) names.push(namer.of(country.iso2) ?? country.name_en);
      for (const file of aliasFiles) names.push(...(file.aliases[country.iso2] ?? []));
      return [country.iso2, [...new Set(names)]];
    }),
  );
}

/** Every UI language has a content/country-aliases/{lang}.yaml, even an empty one, so none is forgotten. */
export function checkAliasFiles(fileLangs: readonly string[], uiLangs: readonly string[]): string[] {
  return uiLangs
    .filter((lang) => !fileLangs.includes(lang))
    .map((lang) => `content/country-aliases/${lang}.yaml: missing (every UI language needs one, even with no aliases)`);
}
