// The one list of UI locales. `code` is the URL segment; `tag` is the BCP 47 tag for lang="" and Intl.
export interface Locale {
  code: string;
  tag: string;
  dir: 'ltr' | 'rtl';
  /** The language's own name, as the switcher lists it. */
  label: string;
  /** Open Graph locale (language_TERRITORY). */
  ogLocale: string;
}

export const locales = [
  { code: 'en', tag: 'en', dir: 'ltr', label: 'English', ogLocale: 'en_GB' },
  { code: 'fr', tag: 'fr', dir: 'ltr', label: 'Français', ogLocale: 'fr_FR' },
  { code: 'es', tag: 'es', dir: 'ltr', label: 'Español', ogLocale: 'es_ES' },
  { code: 'pt', tag: 'pt', dir: 'ltr', label: 'Português', ogLocale: 'pt_PT' },
  { code: 'ru', tag: 'ru', dir: 'ltr', label: 'Русский', ogLocale: 'ru_RU' },
  { code: 'ar', tag: 'ar', dir: 'rtl', label: 'العربية', ogLocale: 'ar_AR' },
  { code: 'tr', tag: 'tr', dir: 'ltr', label: 'Türkçe', ogLocale: 'tr_TR' },
  { code: 'uk', tag: 'uk', dir: 'ltr', label: 'Українська', ogLocale: 'uk_UA' },
  { code: 'zh', tag: 'zh-Hans', dir: 'ltr', label: '简体中文', ogLocale: 'zh_CN' },
  { code: 'rn', tag: 'rn', dir: 'ltr', label: 'Ikirundi', ogLocale: 'rn_BI' },
  { code: 'sw', tag: 'sw', dir: 'ltr', label: 'Kiswahili', ogLocale: 'sw_TZ' },
  { code: 'fa', tag: 'fa', dir: 'rtl', label: 'فارسی', ogLocale: 'fa_IR' },
] as const satisfies readonly Locale[];

export type LocaleCode = (typeof locales)[number]['code'];

export const defaultLocale: LocaleCode = 'en';

export const localeCodes: readonly LocaleCode[] = locales.map((locale) => locale.code);

export function isLocaleCode(value: string): value is LocaleCode {
  return (localeCodes as readonly string[]).includes(value);
}

export type UiLocale = (typeof locales)[number];

export function getLocale(code: LocaleCode): UiLocale {
  const locale = locales.find((candidate) => candidate.code === code);
  if (!locale) throw new Error(`Unknown locale ${code}`);
  return locale;
}
