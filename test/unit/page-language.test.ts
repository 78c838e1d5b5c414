import { describe, expect, it } from 'vitest';
import { defaultLocale } from '../../src/i18n/locales';
import { localeCodeOfPath } from '../../src/lib/paths';
import { directionOf } from '../../src/lib/text-direction';

describe('the language of an address', () => {
  it('is the first segment where it names a UI language, else the default', () => {
    expect(localeCodeOfPath('/ru/no-such-page/')).toBe('ru');
    expect(localeCodeOfPath('/ar')).toBe('ar');
    expect(localeCodeOfPath('/de/delegations/')).toBe(defaultLocale);
    expect(localeCodeOfPath('/data/directory.json')).toBe(defaultLocale);
    expect(localeCodeOfPath('/rus/')).toBe(defaultLocale);
    expect(localeCodeOfPath('/')).toBe(defaultLocale);
  });
});

describe('the writing direction of a language tag', () => {
  it('is right to left for Arabic, Persian, Urdu and Hebrew, and for a tag in Arabic script', () => {
    for (const tag of ['ar', 'fa', 'ur', 'he', 'ps', 'ckb', 'ar-EG', 'pa-Arab', 'ku-arab']) expect(directionOf(tag), tag).toBe('rtl');
  });

  it('is left to right for others, and for a right-to-left language written in another script', () => {
    for (const tag of ['en', 'fr', 'zh-Hans', 'sw', 'rn', 'tr', 'uk', 'az-Latn', 'ug-Cyrl']) expect(directionOf(tag), tag).toBe('ltr');
  });
});
