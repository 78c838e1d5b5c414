// The country finder's names and name index, built once per build or Worker isolate (module scope,
// not per request) from the country list, Intl's region names in every UI language and
// content/country-aliases. The no-JavaScript finder looks up in the index; the search page gets
// the same names as JSON and looks up with the same code (functions/core/finder) in the browser.
import { getCollection } from 'astro:content';
import type { CountryAliases } from '../../functions/core/content/country-alias-schemas';
import { checkAliasFiles, countrySearchNames } from '../../functions/core/finder/country-names';
import { buildNameIndex, type NameIndex } from '../../functions/core/finder/name-index';
import { contentCountryNames } from '../../functions/server/content/names';
import { localeCodes, locales } from '../i18n/locales';
import { loadDirectory } from './load-directory';

async function loadAliasFiles(): Promise<CountryAliases[]> {
  const files = await getCollection('countryAliases');
  const errors = checkAliasFiles(
    files.map((file) => file.id),
    localeCodes,
  );
  if (errors.length > 0) throw new Error(`The country aliases are incomplete:\n${errors.join('\n')}`);
  return files.map((file) => file.data);
}

/** Adds the names content gives for a UI language whose names the runtime lacks (Kirundi in workerd). */
function withContentNames(named: Map<string, string[]>): Map<string, string[]> {
  for (const locale of locales) {
    for (const [iso2, name] of contentCountryNames(locale.tag) ?? []) {
      const known = named.get(iso2);
      if (known && !known.includes(name)) known.push(name);
    }
  }
  return named;
}

let names: Promise<Map<string, string[]>> | undefined;
let index: Promise<NameIndex> | undefined;

/** Every name each country is found by, keyed by its code. */
export function loadCountrySearchNames(): Promise<Map<string, string[]>> {
  names ??= Promise.all([loadDirectory(), loadAliasFiles()]).then(([directory, aliases]) =>
    withContentNames(
      countrySearchNames(
        directory.countries,
        locales.map((locale) => locale.tag),
        aliases,
      ),
    ),
  );
  return names;
}

export function loadNameIndex(): Promise<NameIndex> {
  index ??= loadCountrySearchNames().then(buildNameIndex);
  return index;
}
