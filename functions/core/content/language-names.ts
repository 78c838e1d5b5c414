// A language's name in a UI language: from content/language-names.yaml where the runtime's Intl has
// none, otherwise from Intl, otherwise the language's own name. Never the bare code.
import { z } from 'zod';

const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Z][a-z]{3}|-[A-Z]{2})?$/, 'must be a BCP 47 tag such as "fr", "fa-AF" or "zh-Hant"');
/** A UI language, by the code of its src/i18n/ui/{code}.json. */
export const uiLanguageCode = z.string().regex(/^[a-z]{2,3}$/, 'must be the code of a UI language, such as "fr"');

export const languageNamesSchema = z.record(
  languageTag,
  z.strictObject({
    /** The language's name for itself (its endonym). */
    own: z.string().min(1),
    names: z.record(uiLanguageCode, z.string().min(1)).default({}),
  }),
);
export type LanguageNames = z.infer<typeof languageNamesSchema>;

/** A UI language as name look-ups need it: its code (ui/{code}.json) and its BCP 47 tag. */
export interface UiLanguage {
  code: string;
  tag: string;
}

/** A name and the language it is written in (for lang=""): the reader's, or the named language's own. */
export interface NameIn {
  name: string;
  lang: string;
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** Intl's name, only when the runtime has data for that UI language: workerd answers in English for one it lacks. */
export function intlLanguageName(tag: string, uiTag: string): string | undefined {
  if (!displayNames.has(uiTag)) {
    const supported = Intl.DisplayNames.supportedLocalesOf([uiTag]).length > 0;
    displayNames.set(uiTag, supported ? new Intl.DisplayNames([uiTag], { type: 'language', fallback: 'none' }) : null);
  }
  const name = displayNames.get(uiTag)?.of(tag);
  return name && name !== tag ? name : undefined;
}

/** The name, or undefined when neither the file nor Intl knows the code (the page would show it bare). */
export function resolveLanguageName(tag: string, ui: UiLanguage, names: LanguageNames): NameIn | undefined {
  const entry = names[tag];
  const written = entry?.names[ui.code] ?? intlLanguageName(tag, ui.tag);
  if (written) return { name: written, lang: ui.tag };
  return entry && { name: entry.own, lang: tag };
}

/** Every "code in UI language" that would show as a bare code. */
export function bareLanguageNames(tags: Iterable<string>, uiLanguages: readonly UiLanguage[], names: LanguageNames): string[] {
  return [...new Set(tags)].flatMap((tag) =>
    uiLanguages.filter((ui) => !resolveLanguageName(tag, ui, names)).map((ui) => `${tag} in ${ui.code}`),
  );
}
