import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { interpolate, parseDictionary, useTranslations } from '../../src/i18n/ui';
import en from '../../src/i18n/ui/en.json';

describe('UI strings', () => {
  it('exist in every language for every key, and differ from English where words are involved', () => {
    for (const locale of locales.filter((candidate) => candidate.code !== 'en')) {
      const t = useTranslations(locale.code);
      expect(t('site.name')).not.toBe(en['site.name']);
      expect(t('home.title')).not.toBe(en['home.title']);
    }
  });

  it('refuse a language file with a missing key, naming file and key', () => {
    const { 'home.title': _dropped, ...incomplete } = en;
    expect(() => parseDictionary('fr', incomplete)).toThrow(/src\/i18n\/ui\/fr\.json[\s\S]*home\.title/);
  });

  it('refuse a translation that lost a placeholder', () => {
    expect(() => parseDictionary('fr', { ...en, 'directory.intro': 'Toutes les délégations.' })).toThrow(
      /directory\.intro: must keep the placeholders/,
    );
  });

  it('write whole numbers in the language’s own digits, and years without grouping', () => {
    expect(useTranslations('fa')('directory.intro', { count: 145 })).toContain('۱۴۵');
    expect(useTranslations('fa')('guidelines.adopted', { year: 2004 })).toContain('۲۰۰۴');
    expect(useTranslations('en')('guidelines.adopted', { year: 2004 })).toBe('Adopted in 2004');
    expect(useTranslations('ar')('directory.intro', { count: 145 })).toContain('145');
  });

  it('refuse a plural that lacks a form the language needs', () => {
    expect(() => parseDictionary('ar', en)).toThrow(/search\.results: the plural of \{count\} lacks the forms zero, two, few, many/);
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(interpolate('{count} results for “{query}”', { count: 3, query: 'Chad' })).toBe('3 results for “Chad”');
    expect(interpolate('{missing}', {})).toBe('{missing}');
  });
});
