// What a typed name is compared as: lower case, without accents, Arabic vowel marks, punctuation or
// the letter variants people type interchangeably, with each Chinese character a word of its own.

// Latin, Greek and Cyrillic combining marks (é, ё, й), Arabic harakat, dagger alef and tatweel.
const MARKS = /[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g;
// Also the Ukrainian apostrophe ʼ (U+02BC, a modifier letter that people type as ' or ’) and the
// zero-width non-joiner inside Persian names ("هنگ‌کنگ"), for which people type a space.
const SEPARATORS = /[\p{P}\p{S}\p{Z}\s\u02BC\u200C]+/gu;
const HAN = /(\p{Script=Han})/gu;

// Letters typed for one another: forms of alef, Persian and Arabic yeh and kaf, ta marbuta and heh,
// and Latin letters that no decomposition splits.
const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[أإآٱ]/g, 'ا'],
  [/[ىی]/g, 'ي'],
  [/ک/g, 'ك'],
  [/ة/g, 'ه'],
  [/ß/g, 'ss'],
  [/æ/g, 'ae'],
  [/œ/g, 'oe'],
  [/ø/g, 'o'],
  [/ı/g, 'i'],
  [/đ/g, 'd'],
  [/ł/g, 'l'],
];

/** A name as words separated by single spaces: "Côte d'Ivoire" → "cote d ivoire", "中國" → "中 國". */
export function normalizeName(text: string): string {
  let folded = text.normalize('NFKD').replace(MARKS, '').toLocaleLowerCase('und');
  for (const [pattern, replacement] of FOLDS) folded = folded.replace(pattern, replacement);
  return folded.replace(HAN, ' $1 ').replace(SEPARATORS, ' ').trim();
}

/** The same name without spaces, so that "Cote dIvoire" and "Côte d'Ivoire" are one key. */
export function compactKey(normalized: string): string {
  return normalized.replaceAll(' ', '');
}

/** The name's length in letters (code points), as typo tolerance counts it. */
export function letterCount(key: string): number {
  return [...key].length;
}
