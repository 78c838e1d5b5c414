import { describe, expect, it } from 'vitest';
import { type Country, checkDirectoryIntegrity, type Delegation } from '../../functions/core/content/directory';
import { countrySchema, delegationSchema } from '../../functions/core/content/directory-schemas';

const countries = new Set(['RU', 'BY']);
const schema = delegationSchema(countries);

function delegation(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'bilateral',
    name_en: 'Delegation of the European Union to Russia',
    seat_city_en: 'Moscow',
    host_country_iso2: 'RU',
    accredited_iso2: ['RU'],
    region: 'Europe-Central Asia',
    local_languages: ['ru'],
    uncertain: false,
    focal_points: [
      {
        role: 'human_rights',
        email: 'human-rights.russia@delegations.eu.example',
        languages: ['ru', 'en'],
        last_verified: '2026-10-01',
        hours: { days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00', time_zone: 'Europe/Moscow' },
      },
    ],
    ...overrides,
  };
}

function issuesOf(data: unknown) {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('delegation content schema', () => {
  it('accepts a valid delegation', () => {
    expect(issuesOf(delegation())).toEqual([]);
  });

  it('names the field of a bad e-mail address', () => {
    const data = delegation();
    data.focal_points[0] = { ...data.focal_points[0], email: 'not-an-address' } as never;
    expect(issuesOf(data)).toEqual([{ path: 'focal_points.0.email', message: 'must be a functional mailbox address' }]);
  });

  it('names the field and the code of an unknown country', () => {
    expect(issuesOf(delegation({ accredited_iso2: ['RU', 'QQ'] }))).toEqual([
      { path: 'accredited_iso2.1', message: 'unknown country code "QQ"' },
    ]);
  });

  it("refuses a person's name published without consent", () => {
    const data = delegation();
    data.focal_points[0] = { ...data.focal_points[0], name: 'A. Person' } as never;
    expect(issuesOf(data).map((issue) => issue.path)).toEqual(['focal_points.0.name']);
  });

  it('refuses an unknown time zone and hours that close before they open', () => {
    const data = delegation();
    data.focal_points[0] = {
      ...data.focal_points[0],
      hours: { days: [1], opens: '17:00', closes: '09:00', time_zone: 'Mars/Olympus' },
    } as never;
    expect(
      issuesOf(data)
        .map((issue) => issue.path)
        .sort(),
    ).toEqual(['focal_points.0.hours.closes', 'focal_points.0.hours.time_zone']);
  });

  it('refuses fields it does not know, so typos do not pass silently', () => {
    expect(issuesOf(delegation({ focal_point: [] })).map((issue) => issue.path)).toEqual(['']);
  });
});

describe('country content schema', () => {
  it('names an unknown covering delegation', () => {
    const result = countrySchema(new Set(['russia'])).safeParse({
      name_en: 'Russia',
      endonym: 'Россия',
      languages: ['ru'],
      covered_by_delegation_id: 'rusia',
      territory: false,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['covered_by_delegation_id']);
    expect(result.error?.issues[0]?.message).toBe('unknown delegation id "rusia"');
  });
});

describe('directory integrity', () => {
  const russia = { id: 'russia', accredited_iso2: ['RU'] } as Delegation;
  const belarus = { id: 'belarus', accredited_iso2: ['BY', 'RU'] } as Delegation;
  const ru = { iso2: 'RU', covered_by_delegation_id: 'russia' } as Country;
  const by = { iso2: 'BY', covered_by_delegation_id: 'russia' } as Country;

  it('reports a country covered by two delegations, naming the file', () => {
    expect(checkDirectoryIntegrity({ delegations: [russia, belarus], countries: [ru] })).toContain(
      'content/delegations/belarus.yaml: RU is also covered by russia',
    );
  });

  it('reports a country whose covering delegation does not list it', () => {
    expect(checkDirectoryIntegrity({ delegations: [russia], countries: [ru, by] })).toEqual([
      'content/countries.yaml: BY.covered_by_delegation_id is "russia" but no delegation lists it',
    ]);
  });
});

describe('when a delegation entry was last verified', () => {
  it('is its newest focal-point check, or the day the list was checked when it has no focal point', async () => {
    const { entryVerifiedOn } = await import('../../functions/core/content/directory');
    const listChecked = new Date('2026-11-22');
    const point = (day: string) => ({ last_verified: new Date(day) }) as never;
    const withPoints = { focal_points: [point('2026-05-01'), point('2026-10-16')] } as never;
    const withoutPoints = { focal_points: [] } as never;
    expect(entryVerifiedOn(withPoints, listChecked).toISOString().slice(0, 10)).toBe('2026-10-16');
    expect(entryVerifiedOn(withoutPoints, listChecked)).toBe(listChecked);
  });
});
