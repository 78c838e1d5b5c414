// The open data as built, read from dist/client/data/ as it is served. `npm test` builds the site
// before it runs any test; without a build, every test here fails and says how to make one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020';
import { parse } from 'csv-parse/sync';
import { readKey } from 'openpgp';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type OpenDelegation, type OpenDirectory, openDelegationSchema, openDirectorySchema } from '../../functions/core/content/open-data';
import { type OpenTransparency, openTransparencySchema } from '../../functions/core/content/transparency-open-data';
import { parseVCards, physicalLines } from './vcard-parser';

const ROOT = new URL('../../', import.meta.url);
const DATA = new URL('dist/client/data/', ROOT);
const MISSING = 'dist/client/data/ is missing: run `npm run build` first (`npm test` builds the site before the tests).';

function read(path: string, base = DATA): string {
  if (!existsSync(DATA)) throw new Error(MISSING);
  return readFileSync(new URL(path, base), 'utf8');
}

function list(path: string, extension: string, base = DATA): string[] {
  if (!existsSync(DATA)) throw new Error(MISSING);
  return readdirSync(new URL(path, base))
    .filter((name) => name.endsWith(extension))
    .map((name) => name.slice(0, -extension.length))
    .sort();
}

const readJson = (path: string): unknown => JSON.parse(read(path));
const directory = () => readJson('directory.json') as OpenDirectory;

// An independent validator of the published JSON Schemas. The formats zod emits are checked here too.
function validator(schemaPath: string) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat('email', /^[^@\s]+@[^@\s]+\.[^@\s]+$/);
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  const validate = ajv.compile(readJson(schemaPath) as object);
  return (data: unknown) => (validate(data) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`));
}

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('the built open data', () => {
  it('is in dist/client/data/', () => {
    expect(existsSync(DATA), MISSING).toBe(true);
  });

  it('publishes JSON Schemas that are exactly those of the zod schemas', () => {
    expect(readJson('schema/directory.schema.json')).toEqual(z.toJSONSchema(openDirectorySchema));
    expect(readJson('schema/delegation.schema.json')).toEqual(z.toJSONSchema(openDelegationSchema));
  });

  it('has a directory.json valid against directory.schema.json and its zod schema', () => {
    const data = directory();
    expect(validator('schema/directory.schema.json')(data)).toEqual([]);
    expect(openDirectorySchema.safeParse(data).error?.issues ?? []).toEqual([]);
  });

  it('lists every delegation of content/ in directory.json, with one delegation file each that equals its entry', () => {
    const contentIds = list('content/delegations/', '.yaml', ROOT);
    const data = directory();
    expect(data.delegations.map((delegation) => delegation.id)).toEqual(contentIds);
    expect(list('delegations/', '.json')).toEqual(contentIds);
    const validate = validator('schema/delegation.schema.json');
    for (const delegation of data.delegations) {
      const file = readJson(`delegations/${delegation.id}.json`);
      expect(validate(file), delegation.id).toEqual([]);
      expect(openDelegationSchema.safeParse(file).success, delegation.id).toBe(true);
      expect(file, delegation.id).toEqual(delegation);
    }
  });

  it('has a directory.csv that parses back to the records of directory.json', () => {
    const csv = read('directory.csv');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const records: Record<string, string>[] = parse(csv, { columns: true });
    expect(records).toEqual(directory().delegations.flatMap(expectedRecords).map(asSpreadsheetSafe));
  });

  it('has a vCard file for exactly the delegations with focal points, with one valid card per focal point', () => {
    const data = directory();
    const withFocalPoints = data.delegations.filter((delegation) => delegation.focal_points.length > 0);
    expect(list('vcards/', '.vcf')).toEqual(withFocalPoints.map((delegation) => delegation.id));
    for (const delegation of withFocalPoints) {
      const stream = read(`vcards/${delegation.id}.vcf`);
      expect(
        physicalLines(stream).every((line) => octets(line) <= 75),
        delegation.id,
      ).toBe(true);
      const cards = parseVCards(stream);
      expect(cards.length, delegation.id).toBe(delegation.focal_points.length);
      cards.forEach((card, index) => {
        const point = delegation.focal_points[index];
        expect(card.first('VERSION')?.value).toBe('4.0');
        expect(card.texts('FN')[0]?.length ?? 0, delegation.id).toBeGreaterThan(0);
        expect(card.texts('ORG')).toEqual([delegation.name_en]);
        expect(card.texts('TITLE')).toEqual([point?.title_en]);
        expect(card.first('EMAIL')?.value).toBe(point?.email);
        expect(card.properties.filter((property) => property.name === 'LANG').map((property) => property.value)).toEqual(point?.languages);
        expect(
          card.texts('NOTE').some((note) => note.startsWith('Fictional sample contact')),
          delegation.id,
        ).toBe(delegation.sample);
      });
    }
  });

  it('has a keys.txt that lists exactly the delegations with a key file and the headquarters desk, with the fingerprints of content/keys/*.asc', async () => {
    const keyIds = list('content/keys/', '.asc', ROOT);
    const fromKeys = new Map(
      await Promise.all(
        keyIds.map(async (id) => {
          const key = await readKey({ armoredKey: read(`content/keys/${id}.asc`, ROOT) });
          return [id, key.getFingerprint().toUpperCase()] as const;
        }),
      ),
    );
    const text = read('keys.txt');
    const lines = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    const listed = new Map(
      lines.map((line) => {
        const match = /^(\S+) +((?:[0-9A-F]{4} ){9}[0-9A-F]{4}) +(\S+)$/.exec(line);
        expect(match, line).not.toBeNull();
        return [match?.[1] ?? '', { fingerprint: (match?.[2] ?? '').replace(/ /g, ''), url: match?.[3] ?? '' }] as const;
      }),
    );
    // Every key file is listed: the delegations', then the headquarters desk's, which reads messages about delegations without one.
    expect([...listed.keys()].sort()).toEqual(keyIds);
    expect([...listed.keys()].at(-1)).toBe('headquarters');
    for (const [id, { fingerprint, url }] of listed) {
      expect(fingerprint, id).toBe(fromKeys.get(id));
      expect(new URL(url).pathname).toBe(`/keys/${id}.asc`);
      expect(read(`dist/client/keys/${id}.asc`, ROOT), id).toBe(read(`content/keys/${id}.asc`, ROOT));
    }
    const keyed = directory().delegations.filter((delegation) => delegation.key);
    expect(keyed.map((delegation) => [delegation.id, delegation.key?.fingerprint])).toEqual(
      [...fromKeys].filter(([id]) => id !== 'headquarters'),
    );
    expect(text.startsWith('#')).toBe(true);
  });

  it('shows in keys.txt the fingerprint the delegation page shows, grouped the same way', () => {
    const lines = read('keys.txt')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'));
    for (const line of lines) {
      const [id = '', ...rest] = line.split(/ {2,}/);
      const grouped = rest[0] ?? '';
      const delegation = directory().delegations.find((entry) => entry.id === id);
      if (!delegation || delegation.focal_points.length === 0) continue; // the page shows the key only with a focal point
      const page = read(`dist/client/en/delegations/${id}/index.html`, ROOT);
      expect(page, id).toContain(`<dd class="fingerprint">${grouped}</dd>`);
    }
  });

  it('says in every file whether the contacts are fictional samples', () => {
    const data = directory();
    expect(data.sample).toBe(true);
    expect(data.notice).toMatch(/fictional/);
    expect(data.delegations.every((delegation) => typeof delegation.sample === 'boolean')).toBe(true);
    expect(read('directory.csv').split('\r\n')[0]?.split(',')).toContain('sample');
    expect(read('keys.txt')).toMatch(/^# sample: true\./m);
  });
});

// Cells a spreadsheet would read as a formula (a phone number starting with +) carry a leading quote.
function asSpreadsheetSafe(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([name, value]) => [name, /^[=+\-@\t\r]/.test(value) ? `'${value}` : value]));
}

// What a row of directory.csv must hold, written from the JSON apart from the code that writes the CSV.
function expectedRecords(delegation: OpenDelegation): Record<string, string>[] {
  const common = {
    delegation_id: delegation.id,
    delegation_name_en: delegation.name_en,
    kind: delegation.kind,
    region: delegation.region,
    seat_city_en: delegation.seat_city_en,
    host_country_iso2: delegation.host_country_iso2,
    country_codes: delegation.countries.map((country) => country.iso2).join(' '),
    country_names_en: delegation.countries.map((country) => country.name_en).join('; '),
    local_languages: delegation.local_languages.join(' '),
    key_fingerprint: delegation.key?.fingerprint ?? '',
    key_url: delegation.key?.url ?? '',
    delegation_last_verified: delegation.last_verified ?? '',
    page: delegation.page,
    uncertain: String(delegation.uncertain),
    sample: String(delegation.sample),
  };
  const points = delegation.focal_points.length > 0 ? delegation.focal_points : [undefined];
  return points.map((point) => ({
    ...common,
    role: point?.role ?? '',
    title_en: point?.title_en ?? '',
    name: point?.name ?? '',
    email: point?.email ?? '',
    phone: point?.phone ?? '',
    hours_days: point?.hours?.days.join(' ') ?? '',
    hours_opens: point?.hours?.opens ?? '',
    hours_closes: point?.hours?.closes ?? '',
    hours_time_zone: point?.hours?.time_zone ?? '',
    languages: point?.languages.join(' ') ?? '',
    last_verified: point?.last_verified ?? '',
  }));
}

describe('the built transparency open data', () => {
  const transparency = () => readJson('transparency.json') as OpenTransparency;

  it('has a transparency.json valid against its published schema, which is exactly the zod schema', () => {
    expect(readJson('schema/transparency.schema.json')).toEqual(z.toJSONSchema(openTransparencySchema));
    expect(validator('schema/transparency.schema.json')(transparency())).toEqual([]);
    expect(openTransparencySchema.safeParse(transparency()).error?.issues ?? []).toEqual([]);
  });

  it('gives every delegation of the directory its indicators, with totals that add up', () => {
    const data = transparency();
    expect(data.delegations.map((row) => row.id)).toEqual(directory().delegations.map((delegation) => delegation.id));
    for (const indicator of data.indicators) {
      const count = data.delegations.filter((row) => row.indicators[indicator]).length;
      expect(data.totals[indicator], indicator).toEqual({ count, total: data.delegations.length, share: count / data.delegations.length });
      expect(
        data.regions.reduce((sum, region) => sum + region.tallies[indicator].count, 0),
        indicator,
      ).toBe(count);
    }
    // A secure channel is a key of the delegation's own, the same fact directory.json gives.
    const keyed = new Set(
      directory()
        .delegations.filter((delegation) => delegation.key)
        .map((delegation) => delegation.id),
    );
    expect(data.delegations.filter((row) => row.indicators.secureChannel).map((row) => row.id)).toEqual([...keyed]);
  });

  it('has a transparency.csv that parses back to the rows of transparency.json', () => {
    const records: Record<string, string>[] = parse(read('transparency.csv'), { columns: true });
    expect(records).toEqual(
      transparency().delegations.map((row) => ({
        delegation_id: row.id,
        region: row.region,
        ...Object.fromEntries(Object.entries(row.indicators).map(([name, value]) => [name, String(value)])),
        name_published: String(row.namePublished),
      })),
    );
  });
});
