import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { pickLocale } from '../../src/lib/accept-language';

describe('choosing a language from Accept-Language', () => {
  it('takes the highest quality language the site has', () => {
    expect(pickLocale('de-DE,de;q=0.9,ru;q=0.8,en;q=0.5', locales)).toBe('ru');
  });

  it('matches regional variants and Chinese script tags', () => {
    expect(pickLocale('pt-BR', locales)).toBe('pt');
    expect(pickLocale('zh-Hans-CN,zh;q=0.9', locales)).toBe('zh');
    expect(pickLocale('ar-SA;q=1', locales)).toBe('ar');
    expect(pickLocale('tr-TR,tr;q=0.9,en;q=0.5', locales)).toBe('tr');
    expect(pickLocale('uk-UA,uk;q=0.9,ru;q=0.8', locales)).toBe('uk');
  });

  it('ignores refused and wildcard ranges', () => {
    expect(pickLocale('fr;q=0, *;q=0.5', locales)).toBeUndefined();
  });

  it('gives nothing when the header is missing or names no language the site has', () => {
    expect(pickLocale(null, locales)).toBeUndefined();
    expect(pickLocale('de, it;q=0.8', locales)).toBeUndefined();
  });
});
