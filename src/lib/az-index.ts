// Groups names under first letters, in the reader's alphabet and collation order.
export interface LetterGroup<T> {
  letter: string;
  items: T[];
}

// Chinese has no letters: names are grouped by the initial of their pinyin reading. Each character
// below is the first in pinyin collation order for its initial, so a collator places any name.
const PINYIN_INITIALS: ReadonlyArray<readonly [string, string]> = [
  ['A', '阿'],
  ['B', '八'],
  ['C', '嚓'],
  ['D', '哒'],
  ['E', '妸'],
  ['F', '发'],
  ['G', '旮'],
  ['H', '哈'],
  ['J', '丌'],
  ['K', '咔'],
  ['L', '垃'],
  ['M', '妈'],
  ['N', '拏'],
  ['O', '噢'],
  ['P', '妑'],
  ['Q', '七'],
  ['R', '呥'],
  ['S', '仨'],
  ['T', '他'],
  ['W', '屲'],
  ['X', '夕'],
  ['Y', '丫'],
  ['Z', '帀'],
];

function pinyinInitial(name: string, collator: Intl.Collator): string {
  let initial = PINYIN_INITIALS[0]?.[0] ?? 'A';
  for (const [letter, firstCharacter] of PINYIN_INITIALS) {
    if (collator.compare(name, firstCharacter) >= 0) initial = letter;
  }
  return initial;
}

// Marks are dropped from a heading letter where the language's collation treats the letter without
// them as the same letter: accents (É under E in French, but Й stays apart from И in Russian) and
// Arabic vowel marks (عُمان under ع). Arabic indexes put every form of alef (أ إ آ) under ا, which
// its collation keeps apart, so those marks are always dropped.
const COMBINING_MARKS = /\p{M}/gu;
const ALEF_MARKS = /[\u0653-\u0655]/g;

function headingLetter(name: string, locale: string, sameLetter: Intl.Collator): string {
  const [first = ''] = new Intl.Segmenter(locale, { granularity: 'grapheme' })
    .segment(name)
    [Symbol.iterator]()
    .map((s) => s.segment);
  const letter = first.toLocaleUpperCase(locale).normalize('NFD');
  const withoutAlefMarks = letter.replace(ALEF_MARKS, '');
  const plain = withoutAlefMarks.replace(COMBINING_MARKS, '');
  return (sameLetter.compare(plain, letter) === 0 ? plain : withoutAlefMarks).normalize('NFC');
}

export function groupByFirstLetter<T>(items: readonly T[], nameOf: (item: T) => string, locale: string): LetterGroup<T>[] {
  const collator = new Intl.Collator(locale);
  const sameLetter = new Intl.Collator(locale, { sensitivity: 'base' });
  const isChinese = locale.startsWith('zh');
  const sorted = [...items].sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
  const groups: LetterGroup<T>[] = [];
  for (const item of sorted) {
    const name = nameOf(item);
    const letter = isChinese ? pinyinInitial(name, collator) : headingLetter(name, locale, sameLetter);
    const current = groups.find((group) => group.letter === letter);
    if (current) current.items.push(item);
    else groups.push({ letter, items: [item] });
  }
  return groups;
}
