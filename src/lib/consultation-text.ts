// A consultation's texts in the reader's language, or in English (marked) where not translated.
export interface LocalizedText {
  text: string;
  lang: string;
  fallback: boolean;
}

export function textIn(texts: Readonly<Record<string, string>>, lang: string): LocalizedText {
  const own = texts[lang];
  return own ? { text: own, lang, fallback: false } : { text: texts.en ?? '', lang: 'en', fallback: true };
}
