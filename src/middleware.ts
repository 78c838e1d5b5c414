// Every page's prologue, once: the locale from the path (404 for a language the site does not have;
// the 404 and 500 pages, which have no language parameter, take it from the address asked for),
// `Astro.locals.t` and `Astro.locals.locale`, and `no-store` on everything rendered on demand
// (form answers, finder results), which must never sit in a cache. A language that has only an
// essential guide is let through for the guide page alone, whose chrome is in English.
import { defineMiddleware } from 'astro:middleware';
import { defaultLocale, getLocale, isLocaleCode } from './i18n/locales';
import { useTranslations } from './i18n/ui';
import { GUIDE_ROUTE, isGuideLanguage } from './lib/guide-languages';
import { localeCodeOfPath } from './lib/paths';

export const onRequest = defineMiddleware(async (context, next) => {
  const lang = context.params.lang;
  const guidePage = lang !== undefined && context.routePattern === GUIDE_ROUTE && isGuideLanguage(lang);
  if (lang !== undefined && !isLocaleCode(lang) && !guidePage) return new Response(null, { status: 404 });
  const code = lang === undefined ? localeCodeOfPath(context.url.pathname) : isLocaleCode(lang) ? lang : defaultLocale;
  context.locals.locale = getLocale(code);
  context.locals.t = useTranslations(code);
  const response = await next();
  if (!context.isPrerendered && !response.headers.has('Cache-Control')) response.headers.set('Cache-Control', 'no-store');
  return response;
});
