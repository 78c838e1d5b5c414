// The Atom feed of the EU statements concerning defenders, in one language, at /{lang}/statements/feed.xml.
// Titles fall back to English; a demonstration entry says so in its title and summary, since feed
// readers show entries without the page's notice.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLocale, type LocaleCode } from '../../../i18n/locales';
import { useTranslations } from '../../../i18n/ui';
import { atomFeed } from '../../../lib/atom-feed';
import { countryName } from '../../../lib/display-names';
import { listFormat } from '../../../lib/formats';
import { loadStatements } from '../../../lib/load-statements';
import { localePath } from '../../../lib/paths';
import { statementTitle } from '../../../lib/statement-title';
import { localeStaticPaths } from '../../../lib/static-paths';

export const getStaticPaths = localeStaticPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const lang = props.lang as LocaleCode;
  const locale = getLocale(lang);
  const origin = site ?? new URL('https://portal.example');
  const t = useTranslations(lang);
  const absolute = (path: string) => new URL(path, origin).href;
  const list = listFormat(locale.tag);
  const entries = (await loadStatements()).map((statement) => {
    const url = absolute(`${localePath(lang, 'statements/')}#${statement.id}`);
    const title = statementTitle(statement.titles, locale);
    const facts = t('statements.feed.summary', {
      level: t(`statements.level.${statement.level}`),
      countries: list.format(statement.countries.map((code) => countryName(code, locale.tag, code))),
    });
    return {
      id: url,
      url,
      title: statement.sample ? t('statements.feed.sampleTitle', { title: title.text }) : title.text,
      summary: statement.sample ? `${t('statements.sample.text')} ${facts}` : facts,
      updated: statement.date,
      lang: locale.tag,
    };
  });
  const body = atomFeed({
    id: absolute(localePath(lang, 'statements/')),
    selfUrl: absolute(localePath(lang, 'statements/feed.xml')),
    alternateUrl: absolute(localePath(lang, 'statements/')),
    title: `${t('statements.title')} · ${t('site.name')}`,
    lang: locale.tag,
    author: t('site.name'),
    entries,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
