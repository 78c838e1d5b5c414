// The forgiving finder: aliases from content, the other script of Chinese, names typed without
// punctuation or accents, small typos, and what the search page shows above its results.
import { describe, expect, it } from 'vitest';
import { countryAliasesSchema } from '../../functions/core/content/country-alias-schemas';
import { checkAliasFiles, countrySearchNames } from '../../functions/core/finder/country-names';
import { editDistance } from '../../functions/core/finder/edit-distance';
import { buildNameIndex, lookupCountries, typoAllowance } from '../../functions/core/finder/name-index';
import { normalizeName } from '../../functions/core/finder/normalize';
import { countriesForSearch, namesForSearch, searchCountryIndex } from '../../functions/core/finder/search-countries';
import { localeCodes, locales } from '../../src/i18n/locales';
import { loadContentDirectory, loadCountryAliases } from './content-fixtures';

const directory = loadContentDirectory();
const aliasFiles = loadCountryAliases();
const names = countrySearchNames(
  directory.countries,
  locales.map((locale) => locale.tag),
  [...aliasFiles.values()],
);
const index = buildNameIndex(names);
const find = (query: string) => lookupCountries(index, query);

describe('aliases are content', () => {
  it('every UI language has an alias file', () => {
    expect(checkAliasFiles([...aliasFiles.keys()], localeCodes)).toEqual([]);
    expect(checkAliasFiles(['en'], ['en', 'sw'])).toEqual([expect.stringContaining('content/country-aliases/sw.yaml')]);
  });

  it('refuses an alias for a country code the directory does not have', () => {
    const schema = countryAliasesSchema(new Set(['RU']));
    const result = schema.safeParse({ status: 'unreviewed', aliases: { XX: ['Nowhere'] } });
    expect(result.error?.issues.map(({ path, message }) => `${path.join('.')}: ${message}`)).toEqual([
      'aliases.XX: unknown country code "XX"',
    ]);
  });

  it.each([
    ['Ivory Coast', 'CI'],
    ['Russian Federation', 'RU'],
    ['Burma', 'MM'],
    ['Swaziland', 'SZ'],
    ['Rossiya', 'RU'],
    ['Российская Федерация', 'RU'],
    ['Берег Слоновой Кости', 'CI'],
    ['Costa de Marfil', 'CI'],
    ['الاتحاد الروسي', 'RU'],
    ['Birmanie', 'MM'],
    ['Suazilandia', 'SZ'],
  ])('takes the alias "%s" straight to %s', (query, code) => {
    expect(find(query)).toMatchObject({ kind: 'exact', only: code });
  });

  it('matches Chinese in traditional and simplified characters alike', () => {
    for (const [query, code] of [
      ['中國', 'CN'],
      ['中国', 'CN'],
      ['臺灣', 'TW'],
      ['台灣', 'TW'],
      ['台湾', 'TW'],
      ['俄羅斯', 'RU'],
      ['俄罗斯', 'RU'],
    ] as const) {
      expect(find(query).codes[0], query).toBe(code);
    }
  });

  it('adds the names of every locale an alias file asks for (Intl zh-Hant for Chinese)', () => {
    const zh = countryAliasesSchema(new Set(['CN'])).parse({ status: 'unreviewed', intl_names: ['zh-Hant'] });
    const only = countrySearchNames([{ iso2: 'CN', name_en: 'China', endonym: '中国' }], ['en'], [zh]);
    expect(only.get('CN')).toContain('中國');
  });
});

describe('names without punctuation, accents or vowel marks', () => {
  it('folds case, accents, apostrophes, spaces and letter variants', () => {
    expect(normalizeName('Côte d’Ivoire')).toBe('cote d ivoire');
    expect(normalizeName('مِصْر')).toBe('مصر');
    expect(normalizeName('السعودية')).toBe(normalizeName('السعوديه'));
    expect(normalizeName('中國')).toBe('中 國');
  });

  it.each([
    ['Cote dIvoire', 'CI'],
    ['cote divoire', 'CI'],
    ['Guinea Bissau', 'GW'],
    ['GUINEABISSAU', 'GW'],
    ['Turkiye', 'TR'],
    ['Sao Tome and Principe', 'ST'],
  ])('finds "%s"', (query, code) => {
    expect(find(query).codes[0]).toBe(code);
  });
});

describe('small typos', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours', () => {
    expect(editDistance('росия', 'россия', 2)).toBe(1);
    expect(editDistance('burundii', 'burundi', 2)).toBe(1);
    expect(editDistance('rusisa', 'russia', 2)).toBe(1);
    expect(editDistance('honduras', 'hondurse', 2)).toBe(2);
    expect(editDistance('malta', 'mali', 1)).toBe(2);
  });

  it('forgives two typos from five letters and none below', () => {
    expect([3, 4, 5, 12].map(typoAllowance)).toEqual([0, 0, 2, 2]);
  });

  it.each([
    ['Росия', 'RU'],
    ['Burundii', 'BI'],
    ['Burndi', 'BI'],
    ['Hondruas', 'HN'],
    ['Kazakstan', 'KZ'],
    ['Бурунди', 'BI'],
    ['Марокко', 'MA'],
    ['Марроко', 'MA'],
    ['Cambodja', 'KH'],
    ['Eswatinni', 'SZ'],
  ])('suggests the country for "%s"', (query, code) => {
    const lookup = find(query);
    expect(lookup.codes).toContain(code);
    if (lookup.kind === 'typo') expect(lookup.only).toBeUndefined();
  });

  it('prefers an exact name to a close one', () => {
    expect(find('Niger')).toMatchObject({ kind: 'exact', codes: ['NE', 'NG'] });
    expect(find('Iraq')).toMatchObject({ kind: 'exact', only: 'IQ' });
    expect(find('Chile').codes).toEqual(['CL']);
  });

  it('never offers a short country for a name a typo away from a different one', () => {
    expect(find('Malta').codes).toEqual([]);
    expect(find('Iran').codes).toEqual([]);
    expect(find('Cuba').codes).toEqual(['CU']);
    expect(find('Pru').codes).toEqual([]);
    expect(find('Atlantis').codes).toEqual([]);
  });
});

describe('the search page', () => {
  const file = {
    countries: directory.countries.map((country) => ({
      code: country.iso2,
      name: country.name_en,
      names: namesForSearch(names.get(country.iso2) ?? []),
      href: `/en/delegations/${country.covered_by_delegation_id}/`,
      title: country.covered_by_delegation_id,
      text: '',
    })),
  };
  const browserIndex = searchCountryIndex(file);

  it('matches from the JSON it fetches as the finder matches from content', () => {
    for (const query of ['Ivory Coast', 'Росия', '中國', 'Burundii', 'السعودية', 'Cote dIvoire']) {
      expect(countriesForSearch(browserIndex, query).codes, query).toEqual(find(query).codes);
    }
    expect(countriesForSearch(browserIndex, 'Burundii')).toEqual({ codes: ['BI'], typo: true });
  });

  it('shows no country for queries that name none in particular', () => {
    for (const query of ['EU', 'rights', 'republic', 'death penalty', 'защитники', 'i']) {
      expect(countriesForSearch(browserIndex, query).codes, query).toEqual([]);
    }
  });
});
