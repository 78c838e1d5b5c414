import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { checkGuidelineAnchors, checkTexts } from '../../functions/core/content/library-integrity';
import { storyFactsSchema } from '../../functions/core/content/library-schemas';
import { type Localized, localLanguagesWithUi, pickTranslation, translationStatus } from '../../functions/core/content/translation-status';
import { locales } from '../../src/i18n/locales';
import { atomFeed } from '../../src/lib/atom-feed';
import { paginate } from '../../src/lib/pagination';

const versions: Localized<string>[] = [
  { lang: 'en', translation: 'unreviewed', value: 'English text' },
  { lang: 'fr', translation: 'reviewed', value: 'Texte français' },
  { lang: 'pt', translation: 'machine', value: 'Texto português' },
];

describe('choosing the text a reader gets', () => {
  it("gives the reader's own language when it exists", () => {
    expect(pickTranslation(versions, 'fr')).toMatchObject({ lang: 'fr', value: 'Texte français', fallback: false });
  });

  it('falls back to English, marked as a fallback, when the language is missing', () => {
    expect(pickTranslation(versions, 'ru')).toMatchObject({ lang: 'en', value: 'English text', fallback: true });
  });

  it('gives nothing when not even English exists', () => {
    expect(pickTranslation([{ lang: 'fr', translation: 'unreviewed', value: 'x' }], 'ru')).toBeUndefined();
  });
});

describe('translation status', () => {
  it('is the status of the text in that language, or missing', () => {
    expect(translationStatus(versions, 'pt')).toBe('machine');
    expect(translationStatus(versions, 'fr')).toBe('reviewed');
    expect(translationStatus(versions, 'en')).toBe('unreviewed');
    expect(translationStatus(versions, 'zh')).toBe('missing');
  });

  it("matches a delegation's local languages to the UI languages, Simplified Chinese only", () => {
    expect(localLanguagesWithUi(['ar', 'fr', 'tzm'], locales)).toEqual(['ar', 'fr']);
    expect(localLanguagesWithUi(['zh-Hans'], locales)).toEqual(['zh']);
    expect(localLanguagesWithUi(['zh-Hant'], locales)).toEqual([]);
    expect(localLanguagesWithUi(['pt', 'kea'], locales)).toEqual(['pt']);
  });
});

describe('library integrity', () => {
  it('reports a text without English, for an unknown guideline, or in a language the site lacks', () => {
    const errors = checkTexts(
      'guidelines',
      ['torture'],
      [
        { id: 'torture/fr', data: {} },
        { id: 'lgbti/en', data: {} },
        { id: 'torture/de', data: {} },
      ],
      ['en', 'fr'],
    );
    expect(errors).toEqual([
      'content/guidelines/lgbti/en: no guidelines "lgbti"',
      'content/guidelines/torture/de: "de" is not a UI language',
      'content/guidelines/torture: the English text is missing',
    ]);
  });

  it('reports a translation whose anchors differ from the English text', () => {
    const section = (id: string, paragraphs: string[]) => ({ id, heading: id, paragraphs });
    const english = { translation: 'unreviewed' as const, title: 't', summary: 's', sections: [section('what-they-are', ['a', 'b'])] };
    const french = { ...english, sections: [section('what-they-are', ['a'])] };
    expect(
      checkGuidelineAnchors([
        { id: 'x/en', data: english },
        { id: 'x/fr', data: french },
      ]),
    ).toHaveLength(1);
    expect(
      checkGuidelineAnchors([
        { id: 'x/en', data: english },
        { id: 'x/es', data: english },
      ]),
    ).toEqual([]);
  });
});

describe('the consent rule for stories', () => {
  const schema = storyFactsSchema(new Set(['HN']));
  const story = { date: '2026-01-01', countries: ['HN'], lines_of_action: ['protecting-individuals'], sample: true };

  it('accepts a story that names nobody', () => {
    expect(schema.safeParse(story).success).toBe(true);
  });

  it('refuses a named person without recorded consent', () => {
    const result = schema.safeParse({ ...story, named_people: [{ name: 'A. Person', consent: false, consent_recorded: '2026-01-01' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['named_people', 0, 'consent']);
    expect(schema.safeParse({ ...story, named_people: [{ name: 'A. Person' }] }).success).toBe(false);
  });

  it('accepts a named person whose consent is recorded', () => {
    expect(
      schema.safeParse({ ...story, named_people: [{ name: 'A. Person', consent: true, consent_recorded: '2025-12-01' }] }).success,
    ).toBe(true);
  });
});

describe('the Atom feed', () => {
  const feed = atomFeed({
    id: 'https://portal.example/fr/stories/',
    selfUrl: 'https://portal.example/fr/stories/feed.xml',
    alternateUrl: 'https://portal.example/fr/stories/',
    title: 'Histoires & « récits »',
    lang: 'fr',
    author: 'Portail',
    entries: [
      {
        id: 'https://portal.example/fr/stories/a/',
        url: 'https://portal.example/fr/stories/a/',
        title: 'Un <procès> observé',
        summary: 'R&D',
        updated: new Date('2026-03-01'),
        lang: 'fr',
      },
      {
        id: 'https://portal.example/fr/stories/b/',
        url: 'https://portal.example/fr/stories/b/',
        title: 'B',
        summary: 'b',
        updated: new Date('2026-05-02'),
        lang: 'fr',
      },
    ],
  });

  it('is well-formed XML in the Atom namespace, with escaped text', () => {
    expect(XMLValidator.validate(feed)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(feed);
    expect(parsed.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(parsed.feed.entry[0].title).toBe('Un <procès> observé');
  });

  it('is updated as of its newest entry, with ISO dates', () => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(feed);
    expect(parsed.feed.updated).toBe('2026-05-02T00:00:00.000Z');
  });

  it('refuses relative URLs', () => {
    expect(() =>
      atomFeed({ id: '/fr/', selfUrl: '/fr/feed.xml', alternateUrl: '/fr/', title: 't', lang: 'fr', author: 'a', entries: [] }),
    ).toThrow(/absolute/);
  });
});

describe('pagination', () => {
  it('cuts 14 stories into pages of 10 and 4', () => {
    const pages = paginate(
      Array.from({ length: 14 }, (_, index) => index),
      10,
    );
    expect(pages.map((page) => page.items.length)).toEqual([10, 4]);
    expect(pages.every((page) => page.pageCount === 2)).toBe(true);
  });
});
