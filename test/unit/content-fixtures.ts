// Reads the real directory content the way the build does, for tests that must hold for every entry.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { type CountryAliases, countryAliasesSchema } from '../../functions/core/content/country-alias-schemas';
import type { Country, Delegation, Directory } from '../../functions/core/content/directory';
import { countrySchema, delegationSchema } from '../../functions/core/content/directory-schemas';
import { type LibraryTitles, libraryTitlesSchema } from '../../functions/core/content/library-schemas';

const CONTENT = new URL('../../content/', import.meta.url);

export function loadContentDirectory(): Directory {
  const rawCountries = parse(readFileSync(new URL('countries.yaml', CONTENT), 'utf8')) as Record<string, unknown>;
  const files = readdirSync(new URL('delegations/', CONTENT)).filter((name) => name.endsWith('.yaml'));
  const delegationIds = new Set(files.map((name) => name.replace(/\.yaml$/, '')));
  const countryCodes = new Set(Object.keys(rawCountries));
  const countries: Country[] = Object.entries(rawCountries).map(([iso2, data]) => ({
    iso2,
    ...countrySchema(delegationIds).parse(data),
  }));
  const delegations: Delegation[] = files.map((name) => ({
    id: name.replace(/\.yaml$/, ''),
    ...delegationSchema(countryCodes).parse(parse(readFileSync(new URL(`delegations/${name}`, CONTENT), 'utf8'))),
  }));
  return { delegations, countries };
}

/** content/country-aliases/{lang}.yaml, parsed with the schema the build uses, by language. */
export function loadCountryAliases(): Map<string, CountryAliases> {
  const schema = countryAliasesSchema(new Set(Object.keys(parse(readFileSync(new URL('countries.yaml', CONTENT), 'utf8')) as object)));
  const files = readdirSync(new URL('country-aliases/', CONTENT)).filter((name) => name.endsWith('.yaml'));
  return new Map(
    files.map((name) => [
      name.replace(/\.yaml$/, ''),
      schema.parse(parse(readFileSync(new URL(`country-aliases/${name}`, CONTENT), 'utf8'))),
    ]),
  );
}

/** content/library-titles/{lang}.yaml, parsed with the schema the build uses, by language. */
export function loadLibraryTitles(): Map<string, LibraryTitles> {
  const files = readdirSync(new URL('library-titles/', CONTENT)).filter((name) => name.endsWith('.yaml'));
  return new Map(
    files.map((name) => [
      name.replace(/\.yaml$/, ''),
      libraryTitlesSchema.parse(parse(readFileSync(new URL(`library-titles/${name}`, CONTENT), 'utf8'))),
    ]),
  );
}
