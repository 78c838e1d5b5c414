// UI message templates with plurals chosen by Intl.PluralRules: Arabic's six forms, Russian's four.
import { describe, expect, it } from 'vitest';
import { formatMessage, messageArguments, pluralProblems } from '../../functions/core/i18n/messages';
import { useTranslations } from '../../src/i18n/ui';

const RESULTS_AR =
  '{count, plural, zero {لا توجد نتائج} one {نتيجة واحدة} two {نتيجتان} few {# نتائج} many {# نتيجةً} other {# نتيجة}} للبحث عن «{query}»';
const RESULTS_RU = '{count, plural, one {# результат} few {# результата} many {# результатов} other {# результата}} по запросу «{query}»';

describe('plural messages', () => {
  it('picks each of Arabic’s six forms', () => {
    const forms = [0, 1, 2, 3, 11, 100].map((count) => formatMessage(RESULTS_AR, { count, query: 'x' }, 'ar').split(' للبحث')[0]);
    expect(forms).toEqual(['لا توجد نتائج', 'نتيجة واحدة', 'نتيجتان', '3 نتائج', '11 نتيجةً', '100 نتيجة']);
  });

  it('picks each of Russian’s four forms', () => {
    expect([1, 3, 5, 21, 1.5].map((count) => formatMessage(RESULTS_RU, { count, query: 'Чад' }, 'ru'))).toEqual([
      '1 результат по запросу «Чад»',
      '3 результата по запросу «Чад»',
      '5 результатов по запросу «Чад»',
      '21 результат по запросу «Чад»',
      '1,5 результата по запросу «Чад»',
    ]);
  });

  it('writes the count with Intl.NumberFormat and prefers an exact =N form', () => {
    const template = '{count, plural, =0 {nothing} one {# result} other {# results}}';
    expect(formatMessage(template, { count: 12345 }, 'en')).toBe('12,345 results');
    expect(formatMessage(template, { count: 0 }, 'en')).toBe('nothing');
    expect(formatMessage(template, { count: 1 }, 'en')).toBe('1 result');
  });

  it('fills plain placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('{country} is covered by the {delegation}.', { country: 'Chad' })).toBe('Chad is covered by the {delegation}.');
    expect(formatMessage('{count, plural, one {# item} other {# items}}', {})).toBe('{count}');
  });

  it('lists a template’s arguments, including those inside plural forms', () => {
    expect(messageArguments('{count, plural, one {# of {total} has} other {# of {total} have}} it')).toEqual(['count', 'total']);
    expect(() => messageArguments('{count, plural, one {unclosed}')).toThrow(/unclosed plural/);
  });

  it('names the forms a language needs and a template lacks', () => {
    expect(pluralProblems(RESULTS_AR, 'ar')).toEqual([]);
    expect(pluralProblems('{count, plural, one {# result} other {# results}}', 'ar')).toEqual([
      'the plural of {count} lacks the forms zero, two, few, many that ar needs',
    ]);
    expect(pluralProblems('{count, plural, one {# 个} other {# 个}}', 'zh-Hans')).toEqual([
      'the plural of {count} has forms one that zh-Hans never uses',
    ]);
    expect(pluralProblems('{count} results', 'ru')).toEqual([]);
  });
});

describe('counts shown by the site', () => {
  it('never say "1 results" in English, and agree with the count in Russian and Arabic', () => {
    expect(useTranslations('en')('search.results', { count: 1, query: 'Chad' })).toBe('1 result for “Chad”');
    expect(useTranslations('en')('search.results', { count: 2, query: 'Chad' })).toBe('2 results for “Chad”');
    expect(useTranslations('ru')('search.results', { count: 2, query: 'Чад' })).toBe('2 результата по запросу «Чад»');
    expect(useTranslations('ru')('find.matches', { count: 5, query: 'Гвинея' })).toContain('соответствуют 5 стран');
    expect(useTranslations('ar')('search.results', { count: 2, query: 'تشاد' })).toBe('نتيجتان للبحث عن «تشاد»');
    expect(useTranslations('fr')('directory.intro', { count: 145 })).toMatch(/^145 délégations et bureaux\./);
  });
});
