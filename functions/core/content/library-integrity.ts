// Cross-file rules of the library that per-file schemas cannot see: every text belongs to a known
// guideline or story in a UI language, English always exists, translations keep English's anchors,
// and every UI language has every title and description.
import type { GuidelineText, LibraryTitles } from './library-schemas';

export interface TextFile<T> {
  /** "{guideline or story}/{lang}" */
  id: string;
  data: T;
}

export function splitTextId(id: string): { owner: string; lang: string } {
  const slash = id.lastIndexOf('/');
  return { owner: id.slice(0, slash), lang: id.slice(slash + 1) };
}

export function checkTexts(
  kind: string,
  owners: readonly string[],
  texts: readonly TextFile<unknown>[],
  langs: readonly string[],
): string[] {
  const errors: string[] = [];
  for (const { id } of texts) {
    const { owner, lang } = splitTextId(id);
    if (!owners.includes(owner)) errors.push(`content/${kind}/${id}: no ${kind} "${owner}"`);
    if (!langs.includes(lang)) errors.push(`content/${kind}/${id}: "${lang}" is not a UI language`);
  }
  for (const owner of owners) {
    if (!texts.some(({ id }) => id === `${owner}/en`)) errors.push(`content/${kind}/${owner}: the English text is missing`);
  }
  return errors;
}

export function checkGuidelineAnchors(texts: readonly TextFile<GuidelineText>[]): string[] {
  const english = new Map(texts.filter(({ id }) => id.endsWith('/en')).map(({ id, data }) => [splitTextId(id).owner, data]));
  return texts.flatMap(({ id, data }) => {
    const source = english.get(splitTextId(id).owner);
    if (!source) return [];
    const shape = (text: GuidelineText) =>
      text.sections.map((section) => `${section.id}:${section.paragraphs.length}:${section.items?.length ?? 0}`).join(',');
    return shape(data) === shape(source)
      ? []
      : [`content/guidelines/${id}.yaml: sections and paragraph counts must match the English text (anchors are shared)`];
  });
}

/**
 * Every UI language has a content/library-titles/{lang}.yaml with a title and description for every
 * guideline and story, and no entry for one that does not exist.
 */
export function checkLibraryTitles(
  titles: ReadonlyMap<string, LibraryTitles>,
  library: { guidelines: readonly string[]; stories: readonly string[] },
  langs: readonly string[],
): string[] {
  const errors: string[] = [];
  for (const lang of langs) {
    const file = titles.get(lang);
    const path = `content/library-titles/${lang}.yaml`;
    if (!file) {
      errors.push(`${path}: missing (every UI language needs one)`);
      continue;
    }
    for (const kind of ['guidelines', 'stories'] as const) {
      const known = library[kind];
      for (const slug of known) if (!file[kind][slug]) errors.push(`${path}: ${kind}.${slug} is missing`);
      for (const slug of Object.keys(file[kind]))
        if (!known.includes(slug)) errors.push(`${path}: ${kind}.${slug}: no such ${kind.slice(0, -1)}`);
    }
  }
  return errors;
}
