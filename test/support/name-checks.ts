// The checks on language and seat city names, registered by a unit test (Node, as `astro check` and
// the tests run) and by a Worker test (workerd, which prerenders the pages and renders the on-demand
// ones): the two runtimes carry different Intl data, and a page must never show a bare code in either.
import { describe, expect, it } from 'vitest';
import { resolveLanguageName } from '../../functions/core/content/language-names';
import { seatCityName, writtenInLatin } from '../../functions/core/content/seat-cities';
import { languageNamesFile, seatCitiesFile } from '../../functions/server/content/languages';
import { contentLanguageCodes, seatCitiesEn, uiLanguages } from './content-languages';

/** The codes that Intl.DisplayNames in workerd lacks, which showed bare before ("rn and French"). */
const CODES_MISSING_FROM_WORKERD = [
  'rn',
  'kea',
  'srn',
  'tet',
  'mos',
  'tpi',
  'fon',
  'fj',
  'dz',
  'ff',
  'mfe',
  'bem',
  'nd',
  'ss',
  'zgh',
  'sg',
];

/** The script each UI language outside the Latin script writes city names in. */
const SCRIPTS: Record<string, RegExp> = {
  ru: /\p{Script=Cyrillic}/u,
  uk: /\p{Script=Cyrillic}/u,
  ar: /\p{Script=Arabic}/u,
  fa: /\p{Script=Arabic}/u,
  zh: /\p{Script=Han}/u,
};

export function describeNameChecks(runtime: string): void {
  const names = languageNamesFile();

  describe(`language names in ${runtime}`, () => {
    it('finds the language codes of content to check', () => {
      expect(contentLanguageCodes.length).toBeGreaterThan(100);
      expect(contentLanguageCodes).toEqual(expect.arrayContaining(CODES_MISSING_FROM_WORKERD));
    });

    it.each(uiLanguages.map((ui) => [ui.code, ui] as const))('gives every language code in content a name in %s', (_code, ui) => {
      const bare = contentLanguageCodes.filter((tag) => !resolveLanguageName(tag, ui, names));
      expect(bare).toEqual([]);
    });

    it.each(uiLanguages.filter((ui) => ui.code !== 'rn').map((ui) => [ui.code, ui] as const))(
      'writes every name in %s itself, never falling back to the language’s own name',
      (_code, ui) => {
        const fallbacks = contentLanguageCodes.filter((tag) => resolveLanguageName(tag, ui, names)?.lang !== ui.tag);
        expect(fallbacks).toEqual([]);
      },
    );

    it('marks a Kirundi page’s name that is not in Kirundi with the language it is written in', () => {
      const kirundi = uiLanguages.find((ui) => ui.code === 'rn') ?? { code: 'rn', tag: 'rn' };
      for (const tag of contentLanguageCodes) {
        const label = resolveLanguageName(tag, kirundi, names);
        expect([kirundi.tag, tag], tag).toContain(label?.lang);
        if (label?.lang === tag) expect(label.name, tag).toBe(names[tag]?.own);
      }
      expect(resolveLanguageName('fr', kirundi, names)).toEqual({ name: 'Igifaransa', lang: 'rn' });
    });

    it('names Kirundi "kirundi" in French, not "rn"', () => {
      const french = uiLanguages.find((ui) => ui.code === 'fr') ?? { code: 'fr', tag: 'fr' };
      expect(resolveLanguageName('rn', french, names)?.name).toBe('kirundi');
    });

    it('has every content language’s own name', () => {
      expect(contentLanguageCodes.filter((tag) => !names[tag]?.own)).toEqual([]);
    });
  });

  describe(`seat city names in ${runtime}`, () => {
    const cities = seatCitiesFile();

    it('lists every delegation’s seat city', () => {
      expect(seatCitiesEn.length).toBeGreaterThan(100);
      expect(seatCitiesEn.filter((city) => !Object.hasOwn(cities, city))).toEqual([]);
    });

    it.each(uiLanguages.map((ui) => [ui.code, ui] as const))('names every seat city in %s without falling back to English', (_code, ui) => {
      const fallbacks = seatCitiesEn.filter((city) => seatCityName(city, ui, cities).fallback);
      expect(fallbacks).toEqual([]);
    });

    it.each(Object.entries(SCRIPTS))('writes every seat city in the script of %s', (code, script) => {
      const ui = uiLanguages.find((candidate) => candidate.code === code) ?? { code, tag: code };
      expect(writtenInLatin(ui.tag)).toBe(false);
      expect(seatCitiesEn.filter((city) => !script.test(seatCityName(city, ui, cities).name))).toEqual([]);
    });

    it('writes a city as English does in a Latin-script language that lists no name of its own', () => {
      expect(seatCityName('Nairobi', { code: 'fr', tag: 'fr' }, cities)).toEqual({ name: 'Nairobi', lang: 'fr', fallback: false });
      expect(seatCityName('Moscow', { code: 'fr', tag: 'fr' }, cities)).toEqual({ name: 'Moscou', lang: 'fr', fallback: false });
    });

    it('marks the English name as a fallback, in English, where a language in another script has none', () => {
      expect(seatCityName('Atlantis', { code: 'ru', tag: 'ru' }, cities)).toEqual({ name: 'Atlantis', lang: 'en', fallback: true });
      expect(seatCityName('Atlantis', { code: 'zh', tag: 'zh-Hans' }, {})).toMatchObject({ lang: 'en', fallback: true });
    });
  });
}
