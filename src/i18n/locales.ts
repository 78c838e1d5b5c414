// The one list of UI locales. `code` is the URL segment; `tag` is the BCP 47 tag for lang="" and Intl.
export interface Locale {
  code: string;
  tag: string;
  dir: 'ltr' | 'rtl';
  /** The language's own name, as the switcher lists it. */
  label: string;
}

export const locales = [
  { code: 'en', tag: 'en', dir: 'ltr', label: 'English' },
  { code: 'fr', tag: 'fr', dir: 'ltr', label: 'Français' },
  { code: 'es', tag: 'es', dir: 'ltr', label: 'Español' },
  { code: 'pt', tag: 'pt', dir: 'ltr', label: 'Português' },
  { code: 'ru', tag: 'ru', dir: 'ltr', label: 'Русский' },
  { code: 'ar', tag: 'ar', dir: 'rtl', label: 'العربية' },
  { code: 'zh', tag: 'zh-Hans', dir: 'ltr', label: '简体中文' },
] as const satisfies readonly Locale[];

export type LocaleCode = (typeof locales)[number]['code'];

export const defaultLocale: LocaleCode = 'en';

export const localeCodes: readonly LocaleCode[] = locales.map((locale) => locale.code);

export function isLocaleCode(value: string): value is LocaleCode {
  return (localeCodes as readonly string[]).includes(value);
}

export function getLocale(code: LocaleCode): Locale {
  const locale = locales.find((candidate) => candidate.code === code);
  if (!locale) throw new Error(`Unknown locale ${code}`);
  return locale;
}
