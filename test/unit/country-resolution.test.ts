import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkDirectoryIntegrity, coveredCodes, delegationForCountry } from '../../functions/core/content/directory';
import { countrySearchNames } from '../../functions/core/finder/country-names';
import { buildNameIndex, lookupCountries } from '../../functions/core/finder/name-index';
import { compactKey, normalizeName } from '../../functions/core/finder/normalize';
import { locales } from '../../src/i18n/locales';
import { loadContentDirectory, loadCountryAliases } from './content-fixtures';

const directory = loadContentDirectory();
const tags = locales.map((locale) => locale.tag);
const names = countrySearchNames(directory.countries, tags, [...loadCountryAliases().values()]);
// As the site does: the names content gives for a language the runtime lacks (Kirundi).
for (const file of readdirSync(new URL('../../content/country-names/', import.meta.url))) {
  const given = parse(readFileSync(new URL(`../../content/country-names/${file}`, import.meta.url), 'utf8')) as Record<string, string>;
  for (const [iso2, name] of Object.entries(given)) names.get(iso2)?.push(name);
}
const index = buildNameIndex(names);
const lookupCountry = (query: string) => lookupCountries(index, query).codes;
const unambiguousMatch = (query: string) => lookupCountries(index, query).only;

describe('the directory content', () => {
  it('holds every delegation and country of the reference data', () => {
    expect(directory.delegations).toHaveLength(145);
    expect(directory.countries).toHaveLength(182);
  });

  it('passes the cross-file integrity checks', () => {
    expect(checkDirectoryIntegrity(directory)).toEqual([]);
  });

  it('has fictional focal points for at least 40 delegations, including the five studied in 2019', () => {
    const withFocalPoints = directory.delegations.filter((delegation) => delegation.focal_points.length > 0);
    expect(withFocalPoints.length).toBeGreaterThanOrEqual(40);
    for (const id of ['china', 'russia', 'burundi', 'honduras', 'saudi-arabia']) {
      expect(withFocalPoints.map((delegation) => delegation.id)).toContain(id);
    }
    for (const delegation of withFocalPoints) {
      expect(delegation.sample_data).toBe(true);
      for (const point of delegation.focal_points) expect(point.email).toMatch(/@[a-z0-9.-]+\.example$/);
    }
  });
});

describe('country to delegation resolution', () => {
  it.each(directory.countries.map((country) => [country.iso2, country] as const))(
    'resolves %s to the delegation that lists it',
    (iso2, country) => {
      const delegation = delegationForCountry(directory, iso2);
      expect(delegation?.id).toBe(country.covered_by_delegation_id);
      expect(delegation && coveredCodes(delegation)).toContain(iso2);
    },
  );

  it.each(directory.countries.map((country) => [country.iso2, country] as const))(
    'finds %s by its name in every UI language, by its own names and by its aliases',
    (iso2) => {
      for (const name of names.get(iso2) ?? []) {
        const lookup = lookupCountries(index, name);
        const exact = index.filter((entry) => entry.key === compactKey(normalizeName(name))).map((entry) => entry.code);
        expect(lookup.kind, `lookup of "${name}"`).toBe('exact');
        expect(lookup.codes.slice(0, new Set(exact).size), `lookup of "${name}"`).toContain(iso2);
      }
    },
  );

  it('finds countries typed in their own script, whatever the page language', () => {
    expect(lookupCountry('Россия')[0]).toBe('RU');
    expect(lookupCountry('中国')[0]).toBe('CN');
    expect(lookupCountry('المملكة العربية السعودية')[0]).toBe('SA');
    expect(lookupCountry('السعودية')).toContain('SA');
    expect(lookupCountry('honduras')[0]).toBe('HN');
  });

  it('ignores case, accents and Arabic vowel marks', () => {
    expect(lookupCountry("cote d'ivoire")[0]).toBe('CI');
    expect(lookupCountry('PÉROU')[0]).toBe('PE');
    expect(lookupCountry('مِصْر')[0]).toBe('EG');
  });

  it('treats the Turkish dotted and dotless i as the same letter in either case', () => {
    for (const typed of ['Irak', 'IRAK', 'ırak', 'irak']) expect(lookupCountry(typed)[0], typed).toBe('IQ');
    for (const typed of ['İsrail', 'ISRAİL', 'israil', 'ISRAIL']) expect(lookupCountry(typed)[0], typed).toBe('IL');
  });

  it('finds countries by their Turkish and Ukrainian names', () => {
    expect(unambiguousMatch('Rusya')).toBe('RU');
    expect(lookupCountry('Fas')[0]).toBe('MA');
    expect(unambiguousMatch('Єгипет')).toBe('EG');
    for (const typed of ['Кот-дʼІвуар', "Кот-д'Івуар", 'Кот-д’Івуар']) expect(lookupCountry(typed)[0], typed).toBe('CI');
  });

  it('finds a Persian name typed with Arabic letters, and one typed with a space for its zero-width non-joiner', () => {
    expect(lookupCountry('روسیه')[0]).toBe('RU');
    expect(lookupCountry('كنيا')[0]).toBe('KE');
    expect(lookupCountry('هنگ کنگ')[0]).toBe('HK');
  });

  it('finds a country by its Kirundi name, which content gives', () => {
    expect(lookupCountry('Uburusiya')[0]).toBe('RU');
    expect(lookupCountry('Sudani y’amajepfo')[0]).toBe('SS');
  });

  it('puts an exact name before longer names that start with it', () => {
    expect(lookupCountry('Niger')[0]).toBe('NE');
    expect(lookupCountry('Niger')).toContain('NG');
  });

  it('goes straight to a country only when no other name starts with what was typed', () => {
    expect(lookupCountry('Guinea').length).toBeGreaterThan(1);
    expect(unambiguousMatch('Russia')).toBe('RU');
    expect(unambiguousMatch('Honduras')).toBe('HN');
    expect(unambiguousMatch('Niger')).toBeUndefined();
    expect(unambiguousMatch('Congo')).toBeUndefined();
    expect(unambiguousMatch('Guin')).toBeUndefined();
  });

  it('returns nothing for an empty or unknown query', () => {
    expect(lookupCountry('   ')).toEqual([]);
    expect(lookupCountry('Atlantis')).toEqual([]);
  });
});
