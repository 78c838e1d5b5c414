import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Country, Delegation, Directory } from '../../functions/core/content/directory';
import { groupFingerprint, keyListText } from '../../functions/core/content/key-list';
import {
  DIRECTORY_CSV_HEADER,
  directoryCsv,
  type OpenDirectory,
  openDirectory,
  openDirectorySchema,
  SAMPLE_NOTICE,
} from '../../functions/core/content/open-data';

const SITE = 'https://portal.example';
const FINGERPRINT = '0123456789ABCDEF0123456789ABCDEF01234567';

function delegation(id: string, overrides: Partial<Delegation> = {}): Delegation {
  return {
    id,
    kind: 'bilateral',
    name_en: `Delegation of the European Union to ${id}`,
    seat_city_en: 'Capital',
    host_country_iso2: 'AA',
    accredited_iso2: [],
    region: 'Africa',
    local_languages: ['fr'],
    uncertain: false,
    focal_points: [],
    sample_data: true,
    ...overrides,
  };
}

// Four delegations: a named focal point (with consent), an unnamed one, none at all, and one with a key.
const named = delegation('named', {
  accredited_iso2: ['BQ'],
  focal_points: [
    {
      role: 'human_rights',
      name: 'Amina "Ami" Diallo',
      name_published_with_consent: true,
      email: 'human-rights.named@delegations.eu.example',
      phone: '+221 33 000 0000',
      hours: { days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00', time_zone: 'Africa/Dakar' },
      languages: ['fr', 'wo'],
      last_verified: new Date('2026-10-01'),
    },
    {
      role: 'hrd_liaison',
      email: 'defenders.named@delegations.eu.example',
      languages: ['en'],
      last_verified: new Date('2026-09-15'),
    },
  ],
});
const unnamed = delegation('unnamed', {
  accredited_iso2: ['CC'],
  also_covers_territories_iso2: ['TT'],
  focal_points: [
    {
      role: 'human_rights',
      email: 'human-rights.unnamed@delegations.eu.example',
      languages: ['ar', 'en'],
      last_verified: new Date('2026-08-20'),
    },
  ],
});
const none = delegation('none', { accredited_iso2: ['NN'], sample_data: false, uncertain: true, organisations: ['African Union'] });
const keyed = delegation('keyed', {
  accredited_iso2: ['KK'],
  focal_points: [
    { role: 'human_rights', email: 'human-rights.keyed@delegations.eu.example', languages: ['ru'], last_verified: new Date('2026-07-01') },
  ],
});

function country(iso2: string, name_en: string, covered_by_delegation_id: string, territory = false): Country {
  return { iso2, name_en, endonym: name_en, languages: ['en'], covered_by_delegation_id, territory };
}

const directory: Directory = {
  delegations: [unnamed, named, none, keyed],
  countries: [
    country('BQ', 'Bonaire, Sint Eustatius and Saba', 'named', true),
    country('CC', 'Country C', 'unnamed'),
    country('TT', 'Territory T', 'unnamed', true),
    country('NN', 'Country N', 'none'),
    country('KK', 'Country K', 'keyed'),
  ],
};

const built = new Date('2026-11-23T10:00:00Z');
const open = openDirectory({ directory, fingerprints: new Map([['keyed', FINGERPRINT.toLowerCase()]]), site: SITE, built });
const byId = (id: string) => {
  const found = open.delegations.find((entry) => entry.id === id);
  if (!found) throw new Error(`no ${id} in the open data`);
  return found;
};

describe('the open-data directory', () => {
  it('is valid against its own schema', () => {
    expect(openDirectorySchema.safeParse(open).success).toBe(true);
  });

  it('lists every delegation, ordered by id', () => {
    expect(open.delegations.map((entry) => entry.id)).toEqual(['keyed', 'named', 'none', 'unnamed']);
  });

  it('states the licence, the build time, the publisher and that the contacts are samples', () => {
    expect(open.licence).toEqual({
      id: 'CC-BY-4.0',
      name: 'Creative Commons Attribution 4.0 International',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(open.built).toBe('2026-11-23T10:00:00.000Z');
    expect(open.sample).toBe(true);
    expect(open.notice).toBe(SAMPLE_NOTICE);
  });

  it('says nothing is a sample when no delegation is', () => {
    const real = openDirectory({
      directory: { delegations: [none], countries: directory.countries },
      fingerprints: new Map(),
      site: SITE,
      built,
    });
    expect(real.sample).toBe(false);
    expect(real.notice).toBeNull();
  });

  it("publishes a person's name only where it was published with consent", () => {
    expect(byId('named').focal_points.map((point) => point.name)).toEqual(['Amina "Ami" Diallo', null]);
    expect(byId('unnamed').focal_points[0]?.name).toBeNull();
    // Even if content without consent slipped past the content schema, the name stays out of the files.
    const withoutConsent = delegation('slipped', {
      focal_points: [
        {
          role: 'human_rights',
          name: 'Someone',
          email: 'a@delegations.eu.example',
          languages: ['en'],
          last_verified: new Date('2026-01-01'),
        },
      ],
    });
    const slipped = openDirectory({
      directory: { delegations: [withoutConsent], countries: [] },
      fingerprints: new Map(),
      site: SITE,
      built,
    });
    expect(slipped.delegations[0]?.focal_points[0]?.name).toBeNull();
  });

  it('maps a focal point: role in English, mailbox, phone, hours, languages and last verified date', () => {
    expect(byId('named').focal_points[0]).toEqual({
      role: 'human_rights',
      title_en: 'Human rights focal point',
      name: 'Amina "Ami" Diallo',
      email: 'human-rights.named@delegations.eu.example',
      phone: '+221 33 000 0000',
      hours: { days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00', time_zone: 'Africa/Dakar' },
      languages: ['fr', 'wo'],
      last_verified: '2026-10-01',
    });
    expect(byId('named').focal_points[1]).toMatchObject({
      title_en: 'Liaison officer for human rights defenders',
      phone: null,
      hours: null,
    });
  });

  it('dates a delegation by the oldest check of its focal points', () => {
    expect(byId('named').last_verified).toBe('2026-09-15');
    expect(byId('unnamed').last_verified).toBe('2026-08-20');
  });

  it('names the countries and territories a delegation covers, in English', () => {
    expect(byId('unnamed').countries).toEqual([
      { iso2: 'CC', name_en: 'Country C', territory: false },
      { iso2: 'TT', name_en: 'Territory T', territory: true },
    ]);
  });

  it('gives a delegation without focal points no contacts, no vCard and no verified date, and keeps its own sample flag', () => {
    expect(byId('none')).toMatchObject({
      focal_points: [],
      vcard: null,
      last_verified: null,
      key: null,
      uncertain: true,
      sample: false,
      organisations: ['African Union'],
    });
    expect(byId('named').uncertain).toBe(false);
  });

  it('carries the fingerprint and the address of the key only for a delegation with a key', () => {
    expect(byId('keyed').key).toEqual({ fingerprint: FINGERPRINT, url: 'https://portal.example/keys/keyed.asc' });
    expect(byId('named').key).toBeNull();
    expect(byId('keyed')).toMatchObject({
      page: 'https://portal.example/en/delegations/keyed/',
      vcard: 'https://portal.example/data/vcards/keyed.vcf',
    });
  });
});

describe('directory.csv', () => {
  const csv = directoryCsv(open);
  const records: Record<string, string>[] = parse(csv, { columns: true });

  it('is RFC 4180: CRLF after every record, with the header first', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csv.split('\r\n')[0]).toBe(DIRECTORY_CSV_HEADER.join(','));
  });

  it('has one row per focal point, and one row with empty focal-point cells for a delegation without', () => {
    expect(records.map((record) => `${record.delegation_id}:${record.role}`)).toEqual([
      'keyed:human_rights',
      'named:human_rights',
      'named:hrd_liaison',
      'none:',
      'unnamed:human_rights',
    ]);
    const empty = records.find((record) => record.delegation_id === 'none');
    expect(DIRECTORY_CSV_HEADER.slice(DIRECTORY_CSV_HEADER.indexOf('role')).map((column) => empty?.[column])).toEqual(Array(11).fill(''));
  });

  it('quotes cells with commas and quotes, and gives back their exact text', () => {
    expect(csv).toContain('"Amina ""Ami"" Diallo"');
    expect(csv).toContain('"Bonaire, Sint Eustatius and Saba"');
    const first = records.find((record) => record.role === 'human_rights' && record.delegation_id === 'named');
    expect(first).toMatchObject({
      name: 'Amina "Ami" Diallo',
      country_names_en: 'Bonaire, Sint Eustatius and Saba',
      hours_days: '1 2 3 4 5',
      languages: 'fr wo',
      sample: 'true',
      delegation_last_verified: '2026-09-15',
    });
  });
});

describe('keys.txt', () => {
  const text = keyListText(open);
  const entries = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));

  it('groups a fingerprint in fours, as the delegation page shows it', () => {
    expect(groupFingerprint(FINGERPRINT)).toBe('0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567');
  });

  it('has one line per delegation with a key: id, grouped fingerprint, address of the key', () => {
    expect(entries).toEqual([`keyed  ${groupFingerprint(FINGERPRINT)}  https://portal.example/keys/keyed.asc`]);
  });

  it('explains in its header how to compare, and that the keys are samples', () => {
    const header = text.split('\n').filter((line) => line.startsWith('#'));
    expect(header.join('\n')).toMatch(/compare its fingerprint/);
    expect(header.join('\n')).toMatch(/sample: true/);
  });

  it('says nothing about samples when the directory has none', () => {
    const real: OpenDirectory = { ...open, sample: false, notice: null };
    expect(keyListText(real)).not.toMatch(/sample/);
  });
});
