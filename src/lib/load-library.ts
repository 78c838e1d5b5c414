// Loads the guidelines and stories once per build, with their versions per language and their
// titles and descriptions in every UI language, and refuses to build when the cross-file rules fail.
import { type CollectionEntry, getCollection } from 'astro:content';
import { checkGuidelineAnchors, checkLibraryTitles, checkTexts, splitTextId } from '../../functions/core/content/library-integrity';
import type { GuidelineFacts, GuidelineText, LibraryTitle, LibraryTitles, StoryFacts } from '../../functions/core/content/library-schemas';
import type { Localized } from '../../functions/core/content/translation-status';
import { localeCodes } from '../i18n/locales';

export interface Guideline {
  id: string;
  facts: GuidelineFacts;
  versions: Localized<GuidelineText>[];
}

export interface Story {
  slug: string;
  facts: StoryFacts;
  versions: Localized<CollectionEntry<'storyTexts'>>[];
}

function versionsByOwner<T>(entries: readonly { id: string; translation: Localized<T>['translation']; value: T }[]) {
  const byOwner = new Map<string, Localized<T>[]>();
  for (const entry of entries) {
    const { owner, lang } = splitTextId(entry.id);
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), { lang, translation: entry.translation, value: entry.value }]);
  }
  return byOwner;
}

function failOn(errors: string[]): void {
  if (errors.length > 0) throw new Error(`The library content is inconsistent:\n${errors.join('\n')}`);
}

export interface LibraryTitleInLanguage extends LibraryTitle {
  status: LibraryTitles['status'];
}

async function load() {
  const [facts, texts, storyFacts, storyTexts, titleFiles] = await Promise.all([
    getCollection('guidelines'),
    getCollection('guidelineTexts'),
    getCollection('stories'),
    getCollection('storyTexts'),
    getCollection('libraryTitles'),
  ]);
  const storySlugs = storyFacts.map((entry) => entry.id.replace(/\/story$/, ''));
  const titles = new Map(titleFiles.map((file) => [file.id, file.data]));
  failOn([
    ...checkTexts(
      'guidelines',
      facts.map((entry) => entry.id),
      texts,
      localeCodes,
    ),
    ...checkGuidelineAnchors(texts),
    ...checkTexts('stories', storySlugs, storyTexts, localeCodes),
    ...checkLibraryTitles(titles, { guidelines: facts.map((entry) => entry.id), stories: storySlugs }, localeCodes),
  ]);
  const guidelineVersions = versionsByOwner(
    texts.map((entry) => ({ id: entry.id, translation: entry.data.translation, value: entry.data })),
  );
  const storyVersions = versionsByOwner(storyTexts.map((entry) => ({ id: entry.id, translation: entry.data.translation, value: entry })));
  const guidelines: Guideline[] = facts
    .map((entry) => ({ id: entry.id, facts: entry.data, versions: guidelineVersions.get(entry.id) ?? [] }))
    .sort((a, b) => a.facts.order - b.facts.order);
  const stories: Story[] = storyFacts
    .map((entry, index) => {
      const slug = storySlugs[index] ?? entry.id;
      return { slug, facts: entry.data, versions: storyVersions.get(slug) ?? [] };
    })
    .sort((a, b) => b.facts.date.getTime() - a.facts.date.getTime() || a.slug.localeCompare(b.slug));
  /** A guideline's or story's title and description in a UI language (checked above to exist). */
  const titleIn = (kind: 'guidelines' | 'stories', slug: string, lang: string): LibraryTitleInLanguage => {
    const file = titles.get(lang);
    const entry = file?.[kind][slug];
    if (!file || !entry) throw new Error(`content/library-titles/${lang}.yaml: ${kind}.${slug} is missing`);
    return { ...entry, status: file.status };
  };
  return { guidelines, stories, titleIn };
}

let loading: ReturnType<typeof load> | undefined;

export function loadLibrary() {
  loading ??= load();
  return loading;
}
