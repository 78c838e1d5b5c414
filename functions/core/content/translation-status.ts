// Which text a reader gets in their language: the text in that language when it exists, otherwise
// the English text marked as a fallback; which UI languages match a delegation's local languages; and
// the status of each UI language's own strings and pages.
import { z } from 'zod';
import { uiLanguageCode } from './language-names';
import { TRANSLATION_STATUSES, type TranslationStatus } from './library-schemas';

/** A UI language's strings are the source (English) or a translation with one of the three statuses. */
export const UI_TRANSLATION_STATUSES = ['source', ...TRANSLATION_STATUSES] as const;
export type UiTranslationStatus = (typeof UI_TRANSLATION_STATUSES)[number];
export const uiTranslationsSchema = z.record(uiLanguageCode, z.enum(UI_TRANSLATION_STATUSES));

export interface Localized<T> {
  lang: string;
  translation: Exclude<TranslationStatus, 'missing'>;
  value: T;
}

export interface Picked<T> extends Localized<T> {
  /** True when the reader's language is missing and the English text stands in for it. */
  fallback: boolean;
}

export function pickTranslation<T>(versions: readonly Localized<T>[], lang: string, fallbackLang = 'en'): Picked<T> | undefined {
  const own = versions.find((version) => version.lang === lang);
  if (own) return { ...own, fallback: false };
  const fallback = versions.find((version) => version.lang === fallbackLang);
  return fallback && { ...fallback, fallback: true };
}

export function translationStatus(versions: readonly Localized<unknown>[], lang: string): TranslationStatus {
  return versions.find((version) => version.lang === lang)?.translation ?? 'missing';
}

/**
 * The UI languages among a delegation's local languages (BCP 47 tags from the reference data):
 * "ar" matches ar, "zh-Hans" matches zh (Simplified Chinese), "zh-Hant" matches nothing.
 */
export function localLanguagesWithUi(localLanguages: readonly string[], uiLocales: readonly { code: string; tag: string }[]): string[] {
  const codes = localLanguages.flatMap((tag) => {
    const exact = uiLocales.find((locale) => locale.tag.toLowerCase() === tag.toLowerCase());
    if (exact) return [exact.code];
    const [primary = '', script] = tag.toLowerCase().split('-');
    const byPrimary = uiLocales.find((locale) => locale.code === primary && (script === undefined || script.length !== 4));
    return byPrimary ? [byPrimary.code] : [];
  });
  return [...new Set(codes)];
}
