import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { statementSchema } from '../../functions/core/content/statement-schemas';
import { statementTitle } from '../../src/lib/statement-title';

const CONTENT = new URL('../../content/', import.meta.url);
const schema = statementSchema(new Set(['HN', 'RU', 'BI']));

function statement(overrides: Record<string, unknown> = {}) {
  return {
    date: '2026-06-05',
    countries: ['HN'],
    level: 'local',
    languages: ['es', 'en'],
    official_url: 'https://www.eeas.europa.eu/',
    official_url_placeholder: true,
    titles: { en: 'Local statement on environmental defenders', es: 'Declaración local sobre defensores ambientales' },
    named_defenders: [],
    sample: true,
    ...overrides,
  };
}

function issuesOf(data: unknown) {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('statement content schema', () => {
  it('accepts a valid statement', () => {
    expect(issuesOf(statement())).toEqual([]);
  });

  it('refuses an unknown country code, naming the field and the code', () => {
    expect(issuesOf(statement({ countries: ['HN', 'QQ'] }))).toEqual([{ path: 'countries.1', message: 'unknown country code "QQ"' }]);
  });

  it('refuses a link to the official text that is not https', () => {
    expect(issuesOf(statement({ official_url: 'http://www.eeas.europa.eu/' })).map((issue) => issue.path)).toEqual(['official_url']);
    expect(issuesOf(statement({ official_url: 'not a link' })).map((issue) => issue.path)).toEqual(['official_url']);
  });

  it('refuses a statement without an English title', () => {
    expect(issuesOf(statement({ titles: { es: 'Declaración local' } }))).toEqual([
      { path: 'titles', message: 'needs an English title (en)' },
    ]);
  });

  it('refuses an unknown level and a title keyed by something that is not a language tag', () => {
    expect(issuesOf(statement({ level: 'minister' })).map((issue) => issue.path)).toEqual(['level']);
    expect(issuesOf(statement({ titles: { en: 'A title', Spanish: 'Un título' } })).map((issue) => issue.path)).toEqual(['titles.Spanish']);
  });

  it('refuses a demonstration statement that names anyone', () => {
    expect(issuesOf(statement({ named_defenders: ['A. Person'] }))).toEqual([
      { path: 'named_defenders', message: 'a demonstration statement (sample: true) may not name anyone' },
    ]);
    expect(issuesOf(statement({ sample: false, named_defenders: ['A. Person'] }))).toEqual([]);
  });
});

describe('statements content', () => {
  const countryCodes = new Set(Object.keys(parse(readFileSync(new URL('countries.yaml', CONTENT), 'utf8')) as object));
  const files = readdirSync(new URL('statements/', CONTENT)).filter((name) => name.endsWith('.yaml'));
  const entries = files.map((name) => ({
    name,
    data: statementSchema(countryCodes).parse(parse(readFileSync(new URL(`statements/${name}`, CONTENT), 'utf8'))),
  }));

  it('ships at most three statements, every one a demonstration entry', () => {
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThanOrEqual(3);
    for (const { name, data } of entries) expect(data.sample, name).toBe(true);
  });

  it('links demonstration entries only to the EEAS home page, marked as a placeholder', () => {
    for (const { name, data } of entries) {
      expect(data.official_url, name).toBe('https://www.eeas.europa.eu/');
      expect(data.official_url_placeholder, name).toBe(true);
    }
  });
});

describe('statement titles', () => {
  const titles = { en: 'Statement', fr: 'Déclaration', 'zh-Hans': '声明' };

  it("give the reader's language when the statement has it", () => {
    expect(statementTitle(titles, { code: 'fr', tag: 'fr' })).toEqual({ text: 'Déclaration', lang: 'fr', fallback: false });
    expect(statementTitle(titles, { code: 'zh', tag: 'zh-Hans' })).toEqual({ text: '声明', lang: 'zh-Hans', fallback: false });
  });

  it('fall back to English, marked as such', () => {
    expect(statementTitle(titles, { code: 'ar', tag: 'ar' })).toEqual({ text: 'Statement', lang: 'en', fallback: true });
    expect(statementTitle(titles, { code: 'en', tag: 'en' })).toEqual({ text: 'Statement', lang: 'en', fallback: false });
  });
});
