// The 404 and 500 pages answer for any address, so they speak the language that the address names
// (/ru/… gets Russian). They set the page's locale themselves: Astro renders an error page again
// without the middleware when the middleware itself failed.
import { getLocale, type LocaleCode } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import { localeCodeOfPath } from './paths';

export function useErrorPageLocale(locals: App.Locals, url: URL): LocaleCode {
  const code = localeCodeOfPath(url.pathname);
  locals.locale = getLocale(code);
  locals.t = useTranslations(code);
  return code;
}
