// Every essential guide in content/guides/: valid front matter, a language the UI does not have but the
// directory names, the right direction, its own name, the four parts, links that exist, and text in
// its own script (a stray letter from another alphabet inside a word is a typo no reader would catch).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { guideSchema } from '../../functions/core/content/guide-schemas';
import { contentLanguageCodes, uiLanguages } from '../support/content-languages';

const GUIDES = new URL('../../content/guides/', import.meta.url);
const names = parse(readFileSync(new URL('../../content/language-names.yaml', import.meta.url), 'utf8')) as Record<string, { own: string }>;
const files = readdirSync(GUIDES).filter((name) => name.endsWith('.md'));

function split(file: string): { data: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(new URL(file, GUIDES), 'utf8'));
  if (!match?.[1] || !match[2]) throw new Error(`${file} has no front matter`);
  return { data: parse(match[1]), body: match[2] };
}

const RIGHT_TO_LEFT = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm']);
const scriptOf = (language: string) => new Intl.Locale(language).maximize().script ?? '';

/** The letters a script writes with; Japanese and Korean mix scripts by design and count as one. */
function letterPattern(script: string): RegExp {
  if (script === 'Jpan' || script === 'Kore' || script === 'Hans' || script === 'Hant')
    return /[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}\p{sc=Hang}]/u;
  return new RegExp(`\\p{sc=${script}}`, 'u');
}

const SCRIPTS = [
  'Latn',
  'Cyrl',
  'Grek',
  'Arab',
  'Hebr',
  'Ethi',
  'Armn',
  'Geor',
  'Beng',
  'Deva',
  'Thai',
  'Khmr',
  'Laoo',
  'Mymr',
  'Sinh',
  'Taml',
  'Jpan',
];

/**
 * A word with a letter from a foreign alphabet inside it ("formilеer" with a Cyrillic е). Latin names
 * joined to the guide's own affixes ("EU의", "JavaScriptсиз") are fine; a lone Latin letter is not.
 */
function strayLetters(word: string, own: string): boolean {
  const home = ['Kore', 'Hans', 'Hant'].includes(own) ? 'Jpan' : own;
  const runs = [...word].reduce<{ script: string; length: number }[]>((all, char) => {
    const script = SCRIPTS.find((candidate) => letterPattern(candidate).test(char)) ?? 'other';
    const last = all.at(-1);
    if (last?.script === script) last.length += 1;
    else all.push({ script, length: 1 });
    return all;
  }, []);
  return (
    runs.length > 1 && runs.some((run) => run.script !== home && run.script !== 'other' && (run.script !== 'Latn' || run.length === 1))
  );
}

describe('the essential guides', () => {
  it('cover at least 32 languages', () => {
    expect(files.length).toBeGreaterThanOrEqual(32);
  });

  it.each(files)('%s is a valid guide in a local language that the UI does not have', (file) => {
    const data = guideSchema.parse(split(file).data);
    expect(`${data.language}.md`).toBe(file);
    expect(uiLanguages.map((ui) => ui.code)).not.toContain(data.language);
    expect(contentLanguageCodes).toContain(data.language);
    expect(names[data.language]?.own, 'own name in content/language-names.yaml').toBeTruthy();
    // Written by the project: unreviewed until a person reviews it, never labelled otherwise.
    expect(data.translation).toBe('unreviewed');
    expect(data.dir).toBe(RIGHT_TO_LEFT.has(scriptOf(data.language)) ? 'rtl' : 'ltr');
  });

  it.each(files)('%s explains the EU’s help, finding a delegation and the secure form, and links to pages that exist', (file) => {
    const { body } = split(file);
    expect(body.match(/^## /gm)?.length).toBe(3);
    const links = [...body.matchAll(/\]\(([^)]+)\)/g)].map((match) => match[1] ?? '');
    const uiCodes = uiLanguages.map((ui) => ui.code).join('|');
    expect(links.filter((link) => !new RegExp(`^/(${uiCodes})/(delegations|find|receipts|safety)/$`).test(link))).toEqual([]);
    for (const page of ['delegations', 'find', 'receipts', 'safety'])
      expect(
        links.some((link) => link.endsWith(`/${page}/`)),
        page,
      ).toBe(true);
  });

  it.each(files)('%s is written in its own script, with no word that mixes alphabets', (file) => {
    const { data, body } = split(file);
    const { language, title, description, status_note, emergency } = guideSchema.parse(data);
    const text = [
      title,
      description,
      status_note,
      emergency.heading,
      emergency.hotline,
      emergency.secure_form,
      body.replace(/\]\([^)]*\)/g, ']'),
    ].join(' ');
    const own = letterPattern(scriptOf(language));
    const letters = [...text].filter((char) => /\p{L}/u.test(char));
    expect(letters.filter((char) => own.test(char)).length / letters.length).toBeGreaterThan(0.85);
    const words = text.match(/\p{L}+/gu) ?? [];
    expect(words.filter((word) => strayLetters(word, scriptOf(language)))).toEqual([]);
  });
});
