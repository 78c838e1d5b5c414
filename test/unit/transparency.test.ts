import { describe, expect, it } from 'vitest';
import {
  compareWebsites,
  compareWithBaseline,
  computeTransparency,
  type TransparencyInput,
  type TransparencySubject,
} from '../../functions/core/content/transparency';
import { locales } from '../../src/i18n/locales';
import { referenceFromContent, transparencyFromContent } from './transparency-fixtures';

const REFERENCE = new Date('2026-12-01T00:00:00Z');

function daysBefore(days: number): Date {
  return new Date(REFERENCE.getTime() - days * 86_400_000);
}

function point(overrides: Partial<TransparencySubject['focal_points'][number]> = {}) {
  return { email: 'human-rights.example@delegations.eu.example', last_verified: daysBefore(30), ...overrides };
}

function delegation(id: string, overrides: Partial<TransparencySubject> = {}): TransparencySubject {
  return { id, region: 'Africa', local_languages: ['fr'], focal_points: [point()], ...overrides };
}

function input(delegations: TransparencySubject[], overrides: Partial<TransparencyInput> = {}): TransparencyInput {
  return {
    delegations,
    keyIds: new Set(),
    guidelineLocales: locales.filter((locale) => ['en', 'fr', 'zh'].includes(locale.code)),
    referenceDate: REFERENCE,
    ...overrides,
  };
}

function indicatorsOf(subject: TransparencySubject, overrides: Partial<TransparencyInput> = {}) {
  const [row] = computeTransparency(input([subject], overrides)).delegations;
  if (!row) throw new Error('no row');
  return row.indicators;
}

describe('transparency indicators of one delegation', () => {
  it('counts a focal point as published only when the delegation lists one', () => {
    expect(indicatorsOf(delegation('a')).focalPoint).toBe(true);
    expect(indicatorsOf(delegation('a', { focal_points: [] })).focalPoint).toBe(false);
  });

  it('counts contact details when a focal point has a mailbox or a telephone number', () => {
    expect(indicatorsOf(delegation('a')).contactDetails).toBe(true);
    expect(indicatorsOf(delegation('a', { focal_points: [point({ email: '', phone: '+32 2 000 0000' })] })).contactDetails).toBe(true);
    expect(indicatorsOf(delegation('a', { focal_points: [point({ email: '' })] })).contactDetails).toBe(false);
    expect(indicatorsOf(delegation('a', { focal_points: [] })).contactDetails).toBe(false);
  });

  it('counts a secure channel only for a delegation with a key file', () => {
    expect(indicatorsOf(delegation('a'), { keyIds: new Set(['a']) }).secureChannel).toBe(true);
    expect(indicatorsOf(delegation('a'), { keyIds: new Set(['b']) }).secureChannel).toBe(false);
  });

  it('counts the guidelines in a local language when one of its local languages has a guidelines text', () => {
    expect(indicatorsOf(delegation('a', { local_languages: ['rn', 'fr'] })).localGuidelines).toBe(true);
    expect(indicatorsOf(delegation('a', { local_languages: ['zh-Hans'] })).localGuidelines).toBe(true);
    expect(indicatorsOf(delegation('a', { local_languages: ['zh-Hant'] })).localGuidelines).toBe(false);
    // Russian is a UI language, but these fixtures have no Russian guidelines text.
    expect(indicatorsOf(delegation('a', { local_languages: ['ru'] })).localGuidelines).toBe(false);
    expect(indicatorsOf(delegation('a', { local_languages: [] })).localGuidelines).toBe(false);
  });

  it('counts an entry as verified when every focal point was checked within 365 days before the reference date', () => {
    const verified = (...days: number[]) =>
      indicatorsOf(delegation('a', { focal_points: days.map((day) => point({ last_verified: daysBefore(day) })) })).recentlyVerified;
    expect(verified(0)).toBe(true);
    expect(verified(365)).toBe(true);
    expect(verified(366)).toBe(false);
    expect(verified(10, 400)).toBe(false);
    expect(verified(-1)).toBe(false);
    expect(verified()).toBe(false);
  });

  it('counts the day of the reference date whatever its time', () => {
    const subject = delegation('a', { focal_points: [point({ last_verified: daysBefore(365) })] });
    expect(indicatorsOf(subject, { referenceDate: new Date('2026-12-01T23:59:00Z') }).recentlyVerified).toBe(true);
  });

  it('notes whether a focal point is named, apart from the five indicators', () => {
    const named = computeTransparency(input([delegation('a', { focal_points: [point({ name: 'A. Person' })] }), delegation('b')]));
    expect(named.delegations.map((row) => row.namePublished)).toEqual([true, false]);
  });
});

describe('transparency totals and regions', () => {
  const subjects = [
    delegation('a', { region: 'Africa' }),
    delegation('b', { region: 'Africa', focal_points: [] }),
    delegation('c', { region: 'Americas', local_languages: ['es'] }),
    delegation('d', { region: 'Africa', local_languages: ['en'] }),
  ];
  const result = computeTransparency(input(subjects, { keyIds: new Set(['a', 'c']) }));

  it('adds up each indicator over all delegations, as a count and a share', () => {
    expect(result.totals.focalPoint).toEqual({ count: 3, total: 4, share: 0.75 });
    expect(result.totals.secureChannel).toEqual({ count: 2, total: 4, share: 0.5 });
    expect(result.totals.localGuidelines).toEqual({ count: 3, total: 4, share: 0.75 });
    expect(result.totals.recentlyVerified).toEqual({ count: 3, total: 4, share: 0.75 });
  });

  it('gives counts and shares per region, in the order of the regions, leaving out regions with no delegation', () => {
    expect(result.regions.map((region) => [region.region, region.total])).toEqual([
      ['Africa', 3],
      ['Americas', 1],
    ]);
    const [africa, americas] = result.regions;
    expect(africa?.tallies.focalPoint).toEqual({ count: 2, total: 3, share: 2 / 3 });
    expect(africa?.tallies.secureChannel).toEqual({ count: 1, total: 3, share: 1 / 3 });
    expect(americas?.tallies.localGuidelines).toEqual({ count: 0, total: 1, share: 0 });
  });

  it('gives shares of 0 and no regions for an empty directory', () => {
    const empty = computeTransparency(input([]));
    expect(empty.totals.focalPoint).toEqual({ count: 0, total: 0, share: 0 });
    expect(empty.regions).toEqual([]);
  });
});

describe('the 2018 baseline and the 2019 study', () => {
  const baseline = { year: 2018, attributed_to: 'FIDH', websites_reviewed: 129, contact_details_percent: 37 };

  it('sets the share with contact details beside the 2018 baseline, in whole percentage points', () => {
    // 2 of 7 is 28.6%, shown as 29%: 8 points below 37%.
    const subjects = Array.from({ length: 7 }, (_, index) => delegation(`d${index}`, { focal_points: index < 2 ? [point()] : [] }));
    const comparison = compareWithBaseline(baseline, computeTransparency(input(subjects)));
    expect(comparison.reported).toEqual({ total: 129, percent: 37 });
    expect(comparison.now).toEqual({ count: 2, total: 7, share: 2 / 7 });
    expect(comparison.changePoints).toBe(-8);
  });

  it('shows a rise above the baseline as a positive change', () => {
    const comparison = compareWithBaseline(baseline, computeTransparency(input([delegation('a'), delegation('b')])));
    expect(comparison.changePoints).toBe(63);
  });

  it("answers the 2019 study's four questions again for the delegation that covers each country now", () => {
    const transparency = computeTransparency(
      input([
        delegation('burundi', { local_languages: ['rn', 'fr'] }),
        delegation('china', { focal_points: [], local_languages: ['zh-Hant'] }),
      ]),
    );
    const covering: Record<string, string> = { BI: 'burundi', CN: 'china' };
    const reported = {
      hrd_guidelines_published: false,
      hrd_guidelines_in_local_language: false,
      focal_point_name_published: true,
      focal_point_contact_published: false,
    };
    const rows = [
      { country_iso2: 'BI', ...reported },
      { country_iso2: 'CN', ...reported },
      { country_iso2: 'XX', ...reported },
    ];
    const [burundi, china, nowhere] = compareWebsites(rows, transparency, (iso2) => covering[iso2], true);
    expect(burundi).toEqual({
      country: 'BI',
      delegationId: 'burundi',
      reported,
      now: {
        hrd_guidelines_published: true,
        hrd_guidelines_in_local_language: true,
        focal_point_name_published: false,
        focal_point_contact_published: true,
      },
    });
    expect(china?.now).toEqual({
      hrd_guidelines_published: true,
      hrd_guidelines_in_local_language: false,
      focal_point_name_published: false,
      focal_point_contact_published: false,
    });
    expect(nowhere).toEqual({ country: 'XX', delegationId: undefined, reported, now: undefined });
  });
});

describe('transparency content', () => {
  it('holds the 2019 report figures and the 2018 baseline, valid against the schema', () => {
    const reference = referenceFromContent();
    expect(reference.source.ai_index).toBe('IOR 60/0995/2019');
    expect(reference.baseline).toEqual({ year: 2018, attributed_to: 'FIDH', websites_reviewed: 129, contact_details_percent: 37 });
    expect(reference.statements.rows.map((row) => [row.country_iso2, row.statements])).toEqual([
      ['CN', 46],
      ['RU', 40],
      ['BI', 21],
      ['HN', 12],
      ['SA', 8],
    ]);
    expect(reference.statements.rows[1]?.with_organisation_delegations?.statements).toBe(94);
    expect(reference.websites.rows.map((row) => row.country_iso2).sort()).toEqual(['BI', 'CN', 'HN', 'RU', 'SA']);
  });

  it('gives every delegation in the directory its indicators, and totals that match the rows', () => {
    const transparency = transparencyFromContent(REFERENCE);
    expect(transparency.delegations.length).toBe(transparency.totals.focalPoint.total);
    expect(transparency.regions.reduce((sum, region) => sum + region.total, 0)).toBe(transparency.delegations.length);
    for (const row of transparency.delegations) {
      if (row.indicators.contactDetails || row.indicators.recentlyVerified) expect(row.indicators.focalPoint, row.id).toBe(true);
    }
  });
});
