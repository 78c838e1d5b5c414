// Public URLs are a contract: /{lang}/..., always with a trailing slash.
import { defaultLocale, isLocaleCode, type LocaleCode } from '../i18n/locales';

export function localePath(lang: string, rest = ''): string {
  const trimmed = rest.replace(/^\/+/, '');
  return `/${lang}/${trimmed}`;
}

export function delegationPath(lang: string, id: string): string {
  return localePath(lang, `delegations/${id}/`);
}

export function countryPath(lang: string, iso2: string): string {
  return localePath(lang, `countries/${iso2.toLowerCase()}/`);
}

/** The part of a localized path after the language segment, for switching language on the same page. */
export function pathWithoutLocale(pathname: string): string {
  return pathname.replace(/^\/[a-z]{2}(\/|$)/, '');
}

/** The language a path is in, from its first segment; the default language where it names none. */
export function localeCodeOfPath(pathname: string): LocaleCode {
  const segment = pathname.split('/')[1] ?? '';
  return isLocaleCode(segment) ? segment : defaultLocale;
}
