import { describe, expect, it } from 'vitest';
import { groupByFirstLetter } from '../../src/lib/az-index';

const lettersOf = (names: string[], locale: string) =>
  groupByFirstLetter(names, (name) => name, locale).map((group) => `${group.letter}:${group.items.join(',')}`);

describe('A to Z grouping', () => {
  it('files accented letters under their base letter in French', () => {
    expect(lettersOf(['Équateur', 'Espagne', 'Afrique du Sud', 'Égypte'], 'fr')).toEqual(['A:Afrique du Sud', 'E:Égypte,Équateur,Espagne']);
  });

  it('keeps Й apart from И in Russian, as the alphabet does', () => {
    expect(lettersOf(['Йемен', 'Индия', 'Ирак'], 'ru')).toEqual(['И:Индия,Ирак', 'Й:Йемен']);
  });

  it('keeps the Turkish letters with dots and cedillas apart, I apart from İ', () => {
    expect(lettersOf(['İsrail', 'Irak', 'Çad', 'Cezayir', 'Ürdün', 'Uganda', 'Şili', 'Sudan'], 'tr')).toEqual([
      'C:Cezayir',
      'Ç:Çad',
      'I:Irak',
      'İ:İsrail',
      'S:Sudan',
      'Ş:Şili',
      'U:Uganda',
      'Ü:Ürdün',
    ]);
  });

  it('keeps the Ukrainian letters Ґ, Є, Ї apart from Г, Е, І, as the alphabet does', () => {
    expect(lettersOf(['Ємен', 'Еквадор', 'Індія', 'Ірак', 'Їжак', 'Йорданія', 'Гана', 'Ґанок', 'Ізраїль'], 'uk')).toEqual([
      'Г:Гана',
      'Ґ:Ґанок',
      'Е:Еквадор',
      'Є:Ємен',
      'І:Ізраїль,Індія,Ірак',
      'Ї:Їжак',
      'Й:Йорданія',
    ]);
  });

  it('files every form of alef under ا in Arabic', () => {
    const groups = lettersOf(['أفغانستان', 'إثيوبيا', 'آيسلندا', 'الجزائر', 'بوروندي'], 'ar');
    expect(groups).toHaveLength(2);
    expect(groups[0]).toMatch(/^ا:/);
    expect(groups[1]).toBe('ب:بوروندي');
  });

  it('groups Chinese names by the initial of their pinyin reading', () => {
    expect(lettersOf(['中国', '俄罗斯', '阿富汗', '洪都拉斯', '布隆迪'], 'zh-Hans')).toEqual([
      'A:阿富汗',
      'B:布隆迪',
      'E:俄罗斯',
      'H:洪都拉斯',
      'Z:中国',
    ]);
  });
});

describe('A to Z grouping in Arabic', () => {
  it('files a name with a vowel mark under its base letter (عُمان under ع, not عُ)', () => {
    const groups = lettersOf(['عُمان', 'العراق', 'عمان'], 'ar');
    expect(groups.map((group) => group.split(':')[0])).toEqual(['ا', 'ع']);
    expect(groups[1]).toContain('عُمان');
  });
});
