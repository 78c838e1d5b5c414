// Checks every guideline and story file in content/ against the schemas and the cross-language rules.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkLibraryTitles } from '../../functions/core/content/library-integrity';
import { guidelineFactsSchema, guidelineTextSchema, storyFactsSchema, storyTextSchema } from '../../functions/core/content/library-schemas';
import { localeCodes } from '../../src/i18n/locales';
import { loadLibraryTitles } from './content-fixtures';

const CONTENT = new URL('../../content/', import.meta.url);
const readYaml = (path: string) => parse(readFileSync(new URL(path, CONTENT), 'utf8')) as unknown;
const dirs = (path: string) =>
  readdirSync(new URL(path, CONTENT)).filter((name) => statSync(new URL(`${path}${name}`, CONTENT)).isDirectory());
const countryCodes = new Set(Object.keys(readYaml('countries.yaml') as object));

function frontMatter(path: string): unknown {
  const text = readFileSync(new URL(path, CONTENT), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match?.[1]) throw new Error(`${path} has no front matter`);
  return parse(match[1]);
}

describe('guidelines content', () => {
  const ids = readdirSync(new URL('guidelines/', CONTENT))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.replace(/\.yaml$/, ''));

  it('has all 13 guidelines, the human rights defenders guidelines first', () => {
    expect(ids).toHaveLength(13);
    const orders = ids.map((id) => [id, guidelineFactsSchema.parse(readYaml(`guidelines/${id}.yaml`)).order] as const);
    expect(orders.find(([, order]) => order === 1)?.[0]).toBe('human-rights-defenders');
  });

  it.each(ids)('%s: every language file is valid, English exists and sections match English', (id) => {
    const languages = readdirSync(new URL(`guidelines/${id}/`, CONTENT)).map((name) => name.replace(/\.yaml$/, ''));
    expect(languages).toContain('en');
    const english = guidelineTextSchema.parse(readYaml(`guidelines/${id}/en.yaml`));
    for (const lang of languages) {
      expect(localeCodes).toContain(lang);
      const text = guidelineTextSchema.parse(readYaml(`guidelines/${id}/${lang}.yaml`));
      expect(
        text.sections.map((s) => s.id),
        `${id}/${lang}`,
      ).toEqual(english.sections.map((s) => s.id));
      expect(
        text.sections.map((s) => [s.paragraphs.length, s.items?.length ?? 0]),
        `${id}/${lang} paragraph counts`,
      ).toEqual(english.sections.map((s) => [s.paragraphs.length, s.items?.length ?? 0]));
    }
  });

  it('has the human rights defenders guidelines in every UI language', () => {
    expect(readdirSync(new URL('guidelines/human-rights-defenders/', CONTENT)).sort()).toEqual(
      localeCodes.map((code) => `${code}.yaml`).sort(),
    );
  });
});

describe('stories content', () => {
  const slugs = dirs('stories/');

  it('has at least 12 stories, at least 4 of them in 3 or more languages', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(12);
    const multilingual = slugs.filter(
      (slug) => readdirSync(new URL(`stories/${slug}/`, CONTENT)).filter((name) => name.endsWith('.md')).length >= 3,
    );
    expect(multilingual.length).toBeGreaterThanOrEqual(4);
  });

  it.each(slugs)('%s: facts and every language file are valid', (slug) => {
    storyFactsSchema(countryCodes).parse(readYaml(`stories/${slug}/story.yaml`));
    const files = readdirSync(new URL(`stories/${slug}/`, CONTENT)).filter((name) => name.endsWith('.md'));
    expect(files).toContain('en.md');
    for (const file of files) {
      expect(localeCodes).toContain(file.replace(/\.md$/, ''));
      storyTextSchema.parse(frontMatter(`stories/${slug}/${file}`));
    }
  });
});

describe('library titles in every UI language', () => {
  const titles = loadLibraryTitles();
  const guidelines = readdirSync(new URL('guidelines/', CONTENT))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.replace(/\.yaml$/, ''));
  const stories = dirs('stories/');

  it('every UI language has a title and description for every guideline and story', () => {
    expect(checkLibraryTitles(titles, { guidelines, stories }, localeCodes)).toEqual([]);
  });

  it('names the file and the entry that is missing, and refuses an unknown one', () => {
    const english = titles.get('en');
    if (!english) throw new Error('content/library-titles/en.yaml is missing');
    const { lgbti: _dropped, ...fewer } = english.guidelines;
    const broken = new Map([['en', { ...english, guidelines: { ...fewer, typo: { title: 'T', description: 'D' } } }]]);
    expect(checkLibraryTitles(broken, { guidelines, stories }, ['en', 'sw'])).toEqual([
      'content/library-titles/en.yaml: guidelines.lgbti is missing',
      'content/library-titles/en.yaml: guidelines.typo: no such guideline',
      'content/library-titles/sw.yaml: missing (every UI language needs one)',
    ]);
  });

  it('uses the title of the text itself where the text exists in that language', () => {
    for (const [lang, file] of titles) {
      for (const id of guidelines) {
        const path = `guidelines/${id}/${lang}.yaml`;
        if (!existsSync(new URL(path, CONTENT))) continue;
        expect(file.guidelines[id]?.title, path).toBe(guidelineTextSchema.parse(readYaml(path)).title);
      }
    }
  });
});
