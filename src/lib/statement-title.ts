// A statement's title in the reader's language when it has one, otherwise in English, marked as such.
export interface PickedTitle {
  text: string;
  /** The language of `text`, for lang="". */
  lang: string;
  fallback: boolean;
}

export function statementTitle(titles: Readonly<Record<string, string>>, locale: { code: string; tag: string }): PickedTitle {
  const own = titles[locale.code] ?? titles[locale.tag];
  if (own !== undefined) return { text: own, lang: locale.tag, fallback: false };
  return { text: titles.en ?? '', lang: 'en', fallback: locale.code !== 'en' };
}
