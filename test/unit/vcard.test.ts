import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OpenDelegation } from '../../functions/core/content/open-data';
import { delegationVCards, escapeText, foldLine, SAMPLE_CARD_NOTE, serializeVCard, telUri } from '../../functions/core/content/vcard';
import { parseVCards, physicalLines, unescapeText, unfold } from './vcard-parser';

const octets = (line: string) => new TextEncoder().encode(line).length;

function openDelegation(overrides: Partial<OpenDelegation> = {}): OpenDelegation {
  return {
    id: 'senegal',
    name_en: 'Delegation of the European Union to Senegal; and The Gambia, test\\office',
    kind: 'bilateral',
    region: 'Africa',
    seat_city_en: 'Dakar',
    host_country_iso2: 'SN',
    countries: [{ iso2: 'SN', name_en: 'Senegal', territory: false }],
    organisations: [],
    local_languages: ['fr', 'wo'],
    focal_points: [
      {
        role: 'human_rights',
        title_en: 'Human rights focal point',
        name: 'Awa Ndiaye',
        email: 'human-rights.senegal@delegations.eu.example',
        phone: '+221 33 889 1100',
        hours: { days: [1, 2, 3, 4, 5], opens: '08:30', closes: '16:00', time_zone: 'Africa/Dakar' },
        languages: ['fr', 'wo', 'en'],
        last_verified: '2026-10-02',
      },
      {
        role: 'hrd_liaison',
        title_en: 'Liaison officer for human rights defenders',
        name: null,
        email: 'defenders.senegal@delegations.eu.example',
        phone: null,
        hours: { days: [2, 4], opens: '10:00', closes: '12:00', time_zone: 'Africa/Dakar' },
        languages: ['fr'],
        last_verified: '2026-09-01',
      },
    ],
    key: { fingerprint: '0123456789ABCDEF0123456789ABCDEF01234567', url: 'https://portal.example/keys/senegal.asc' },
    last_verified: '2026-09-01',
    page: 'https://portal.example/en/delegations/senegal/',
    vcard: 'https://portal.example/data/vcards/senegal.vcf',
    uncertain: false,
    sample: true,
    ...overrides,
  };
}

describe('vCard text escaping', () => {
  it('escapes backslash, comma and semicolon, and writes line breaks as \\n', () => {
    expect(escapeText('a\\b, c; d\ne\r\nf\rg')).toBe('a\\\\b\\, c\\; d\\ne\\nf\\ng');
  });

  it('is undone by an independent reader, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (value) => {
        const normalised = value.replace(/\r\n|\r/g, '\n');
        const [card] = parseVCards(serializeVCard([{ name: 'NOTE', value: escapeText(value) }]));
        expect(card?.texts('NOTE')).toEqual([normalised]);
      }),
    );
  });
});

describe('vCard line folding', () => {
  it('keeps a short line as it is', () => {
    expect(foldLine('FN:Awa Ndiaye')).toBe('FN:Awa Ndiaye');
  });

  it('breaks a long line into lines of at most 75 octets, each continuation starting with a space', () => {
    const folded = foldLine(`NOTE:${'x'.repeat(200)}`);
    const lines = folded.split('\r\n');
    expect(lines.map(octets)).toEqual([75, 75, 57]); // 205 octets: 75, then 74 + 1 space, then 56 + 1 space
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
  });

  it('never splits a multi-octet character, and unfolds to the same line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }), (value) => {
        const line = `NOTE:${value.replace(/[\r\n]/g, ' ')}`;
        const folded = foldLine(line);
        const lines = folded.split('\r\n');
        expect(lines.every((physical) => octets(physical) <= 75)).toBe(true);
        // Each physical line is valid UTF-8 by itself: no character was cut in two.
        for (const physical of lines)
          expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(physical))).toBe(physical);
        expect(unfold(`${folded}\r\n`)).toEqual([line]);
      }),
    );
    const arabic = foldLine(`NOTE:${'ساعات العمل '.repeat(10)}`);
    expect(arabic.split('\r\n').every((physical) => octets(physical) <= 75)).toBe(true);
  });
});

describe('the vCards of a delegation', () => {
  const stream = delegationVCards(openDelegation());
  const cards = parseVCards(stream);

  it('are vCard 4.0, one card per focal point, with CRLF line ends and no line over 75 octets', () => {
    expect(cards).toHaveLength(2);
    expect(cards.map((card) => card.first('VERSION')?.value)).toEqual(['4.0', '4.0']);
    expect(physicalLines(stream).every((line) => octets(line) <= 75)).toBe(true);
  });

  it('name the card after the person where their name is published, otherwise after the role and the delegation', () => {
    expect(cards.map((card) => card.texts('FN'))).toEqual([
      ['Awa Ndiaye'],
      ['Liaison officer for human rights defenders, Delegation of the European Union to Senegal; and The Gambia, test\\office'],
    ]);
  });

  it('give the organisation, title, mailbox, phone, languages in order and the key', () => {
    const [first] = cards;
    expect(first?.texts('ORG')).toEqual(['Delegation of the European Union to Senegal; and The Gambia, test\\office']);
    expect(first?.texts('TITLE')).toEqual(['Human rights focal point']);
    expect(first?.first('EMAIL')).toMatchObject({ value: 'human-rights.senegal@delegations.eu.example', parameters: { TYPE: 'work' } });
    expect(first?.first('TEL')).toEqual({ name: 'TEL', parameters: { VALUE: 'uri', TYPE: 'work,voice' }, value: 'tel:+221-33-889-1100' });
    expect(
      first?.properties.filter((property) => property.name === 'LANG').map((property) => [property.parameters.PREF, property.value]),
    ).toEqual([
      ['1', 'fr'],
      ['2', 'wo'],
      ['3', 'en'],
    ]);
    expect(first?.first('KEY')).toMatchObject({
      parameters: { MEDIATYPE: 'application/pgp-keys' },
      value: 'https://portal.example/keys/senegal.asc',
    });
    expect(first?.first('URL')?.value).toBe('https://portal.example/en/delegations/senegal/');
    expect(first?.first('REV')?.value).toBe('20261002T000000Z');
  });

  it('give office hours and the sample notice as notes', () => {
    expect(cards[0]?.texts('NOTE')).toEqual(['Office hours: Monday to Friday, 08:30–16:00 (Africa/Dakar time)', SAMPLE_CARD_NOTE]);
    expect(cards[1]?.texts('NOTE')[0]).toBe('Office hours: Tuesday, Thursday, 10:00–12:00 (Africa/Dakar time)');
    expect(cards[1]?.first('TEL')).toBeUndefined();
  });

  it('give each card its own UID', () => {
    expect(cards.map((card) => card.first('UID')?.value)).toEqual([
      'https://portal.example/data/vcards/senegal.vcf#human_rights',
      'https://portal.example/data/vcards/senegal.vcf#hrd_liaison',
    ]);
  });

  it('carry no sample notice for real contacts and no KEY without a key', () => {
    const [card] = parseVCards(delegationVCards(openDelegation({ sample: false, key: null })));
    expect(card?.texts('NOTE')).not.toContain(SAMPLE_CARD_NOTE);
    expect(card?.first('KEY')).toBeUndefined();
  });

  it('are nothing at all for a delegation without focal points', () => {
    expect(delegationVCards(openDelegation({ focal_points: [], vcard: null }))).toBe('');
  });
});

describe('the test reader', () => {
  it('refuses a bare comma in a text value, so that a missing escape cannot pass', () => {
    expect(() => unescapeText('a, b')).toThrow(/escape/);
    expect(unescapeText('a\\, b')).toBe('a, b');
  });
});

describe('telephone numbers', () => {
  it('become tel: URIs with hyphens for spaces', () => {
    expect(telUri(' +32 2 000  0000 ')).toBe('tel:+32-2-000-0000');
  });
});
