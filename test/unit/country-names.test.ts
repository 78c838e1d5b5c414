import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { countryNamesSchema } from '../../functions/core/content/names-schemas';
import { countryName, languageName } from '../../src/lib/display-names';

const countries = parse(readFileSync(new URL('../../content/countries.yaml', import.meta.url), 'utf8')) as Record<
  string,
  { name_en: string }
>;
const codes = new Set(Object.keys(countries));

describe('country names in Kirundi, which the runtimes lack', () => {
  it('come from content for every covered country, never in English or as a code', () => {
    const english = new Intl.DisplayNames(['en'], { type: 'region' });
    const sameAsEnglish = [...codes].filter((code) => countryName(code, 'rn', countries[code]?.name_en ?? code) === english.of(code));
    for (const code of codes) expect(countryName(code, 'rn', code), code).not.toBe(code);
    // Names that Kirundi writes as English does (Kenya, Angola, Kosovo…), not a fallback.
    expect(sameAsEnglish.length).toBeLessThan(30);
    expect(countryName('BI', 'rn', 'Burundi')).toBe('Uburundi');
    expect(countryName('SS', 'rn', 'South Sudan')).toBe('Sudani y’amajepfo');
  });

  it('leave other languages to Intl', () => {
    expect(countryName('BI', 'sw', 'Burundi')).toBe('Burundi');
    expect(countryName('RU', 'fa', 'Russia')).toBe('روسیه');
  });

  it('are refused when a covered country has no name, or a code is unknown', () => {
    const schema = countryNamesSchema(new Set(['BI', 'RW']));
    expect(schema.safeParse({ BI: 'Uburundi', RW: 'u Rwanda' }).success).toBe(true);
    const missing = schema.safeParse({ BI: 'Uburundi' });
    expect(missing.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['RW']);
    const unknown = schema.safeParse({ BI: 'Uburundi', RW: 'u Rwanda', XX: 'Atlantis' });
    expect(unknown.error?.issues.map((issue) => issue.message)).toEqual(['unknown country code "XX"']);
  });
});

// Every language tag the content lists (countries' and delegations' languages, focal points', statements').
function languageTagsIn(value: unknown, key = ''): string[] {
  if (Array.isArray(value))
    return key.endsWith('languages') ? value.filter((tag) => typeof tag === 'string') : value.flatMap((item) => languageTagsIn(item));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([name, item]) => languageTagsIn(item, name));
  return [];
}

describe('language names in Kirundi, which the runtimes lack', () => {
  it('come from content for every language the content lists', () => {
    const folders = ['delegations', 'statements'].map((folder) => new URL(`../../content/${folder}/`, import.meta.url));
    const documents = [
      countries,
      ...folders.flatMap((folder) => readdirSync(folder).map((file) => parse(readFileSync(new URL(file, folder), 'utf8')))),
    ];
    const tags = new Set(documents.flatMap((document) => languageTagsIn(document)));
    expect(tags.size).toBeGreaterThan(100);
    const english = new Intl.DisplayNames(['en'], { type: 'language' });
    for (const tag of tags) {
      const name = languageName(tag, 'rn');
      expect(name, tag).not.toBe(tag);
      expect(name, tag).not.toBe(english.of(tag));
    }
    expect(languageName('fr', 'rn')).toBe('Igifaransa');
  });
});
