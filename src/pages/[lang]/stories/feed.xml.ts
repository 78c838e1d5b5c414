// The Atom feed of the stories written in one language, at /{lang}/stories/feed.xml.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLocale, type LocaleCode } from '../../../i18n/locales';
import { useTranslations } from '../../../i18n/ui';
import { atomFeed } from '../../../lib/atom-feed';
import { loadLibrary } from '../../../lib/load-library';
import { localePath } from '../../../lib/paths';
import { localeStaticPaths } from '../../../lib/static-paths';

export const getStaticPaths = localeStaticPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const lang = props.lang as LocaleCode;
  const origin = site ?? new URL('https://portal.example');
  const t = useTranslations(lang);
  const absolute = (path: string) => new URL(path, origin).href;
  const { stories } = await loadLibrary();
  const entries = stories.flatMap((story) => {
    const version = story.versions.find((candidate) => candidate.lang === lang);
    if (!version) return [];
    const url = absolute(localePath(lang, `stories/${story.slug}/`));
    return [
      {
        id: url,
        url,
        title: version.value.data.title,
        summary: version.value.data.summary,
        updated: story.facts.date,
        lang: getLocale(lang).tag,
      },
    ];
  });
  const body = atomFeed({
    id: absolute(localePath(lang, 'stories/')),
    selfUrl: absolute(localePath(lang, 'stories/feed.xml')),
    alternateUrl: absolute(localePath(lang, 'stories/')),
    title: `${t('stories.title')} · ${t('site.name')}`,
    lang: getLocale(lang).tag,
    author: t('site.name'),
    entries,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
