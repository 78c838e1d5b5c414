// Caseless comparison that holds in every UI language, whatever language the text is in.
// Lower-casing without a locale turns "I" into "i" and "İ" into "i" followed by a combining dot,
// while Turkish (and Azerbaijani) write "ı" as the small form of "I" and "i" as that of "İ". Folding
// both forms of the small i to "i" makes "IRAK", "Irak", "ırak" and "irak" the same word, as a Turkish
// reader expects and as readers of every other language do too.
const DOTTED_SMALL_I = /i\u0307/g;
const DOTLESS_SMALL_I = /ı/g;

export function foldCase(text: string): string {
  return text.toLocaleLowerCase('und').replace(DOTTED_SMALL_I, 'i').replace(DOTLESS_SMALL_I, 'i');
}
