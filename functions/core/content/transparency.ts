// The transparency indicators, computed from the directory content (never typed by hand): five
// yes-or-no answers per delegation, their totals and per-region counts and shares, and the two
// reference points they are set beside (the 2018 website survey, the 2019 study's five countries).
import type { Delegation } from './directory';
import { type FocalPoint, REGIONS, type Region } from './directory-schemas';
import { localLanguagesWithUi } from './translation-status';
import type { TransparencyReference, WebsiteRow } from './transparency-schemas';

export const INDICATORS = ['focalPoint', 'contactDetails', 'secureChannel', 'localGuidelines', 'recentlyVerified'] as const;
export type Indicator = (typeof INDICATORS)[number];
export type Indicators = Record<Indicator, boolean>;

/** "Verified in the last 12 months": every focal point checked at most this many days before the reference date. */
export const VERIFIED_WITHIN_DAYS = 365;
const DAY_MS = 86_400_000;

/** What the computation reads of a delegation (so that tests can build small ones). */
export type TransparencySubject = Pick<Delegation, 'id' | 'region' | 'local_languages'> & {
  focal_points: readonly Pick<FocalPoint, 'email' | 'phone' | 'name' | 'last_verified'>[];
};

export interface TransparencyInput {
  delegations: readonly TransparencySubject[];
  /** Ids of the delegations with a public key (content/keys/{id}.asc). */
  keyIds: ReadonlySet<string>;
  /** The UI locales in which the guidelines on human rights defenders exist. */
  guidelineLocales: readonly { code: string; tag: string }[];
  /** The day the figures are for: the build date. */
  referenceDate: Date;
}

export interface DelegationTransparency {
  id: string;
  region: Region;
  indicators: Indicators;
  /** A focal point's name is published (with consent): asked by the 2019 study, not one of the five indicators. */
  namePublished: boolean;
}

export interface Tally {
  count: number;
  total: number;
  /** count / total, between 0 and 1 (0 when total is 0). */
  share: number;
}

export type Tallies = Record<Indicator, Tally>;

export interface RegionTransparency {
  region: Region;
  total: number;
  tallies: Tallies;
}

export interface Transparency {
  referenceDate: Date;
  delegations: readonly DelegationTransparency[];
  totals: Tallies;
  /** Regions in the order of REGIONS, only those with at least one delegation. */
  regions: readonly RegionTransparency[];
}

function daysBefore(referenceDate: Date, date: Date): number {
  return Math.floor(
    (Date.UTC(referenceDate.getUTCFullYear(), referenceDate.getUTCMonth(), referenceDate.getUTCDate()) - date.getTime()) / DAY_MS,
  );
}

// Every focal point must have been checked: one stale entry is enough for a defender to write to a
// mailbox nobody reads. A date after the reference date is a typo, not a check, and earns nothing.
export function verifiedRecently(delegation: TransparencySubject, referenceDate: Date): boolean {
  return (
    delegation.focal_points.length > 0 &&
    delegation.focal_points.every((point) => {
      const days = daysBefore(referenceDate, point.last_verified);
      return days >= 0 && days <= VERIFIED_WITHIN_DAYS;
    })
  );
}

export function delegationIndicators(delegation: TransparencySubject, input: TransparencyInput): Indicators {
  return {
    focalPoint: delegation.focal_points.length > 0,
    contactDetails: delegation.focal_points.some((point) => Boolean(point.email || point.phone)),
    secureChannel: input.keyIds.has(delegation.id),
    localGuidelines: localLanguagesWithUi(delegation.local_languages, input.guidelineLocales).length > 0,
    recentlyVerified: verifiedRecently(delegation, input.referenceDate),
  };
}

export function tally(count: number, total: number): Tally {
  return { count, total, share: total === 0 ? 0 : count / total };
}

export function tallies(rows: readonly DelegationTransparency[]): Tallies {
  const entries = INDICATORS.map((indicator) => [indicator, tally(rows.filter((row) => row.indicators[indicator]).length, rows.length)]);
  return Object.fromEntries(entries) as Tallies;
}

export function computeTransparency(input: TransparencyInput): Transparency {
  const delegations = input.delegations.map((delegation) => ({
    id: delegation.id,
    region: delegation.region,
    indicators: delegationIndicators(delegation, input),
    namePublished: delegation.focal_points.some((point) => point.name !== undefined),
  }));
  const regions = REGIONS.map((region) => {
    const rows = delegations.filter((row) => row.region === region);
    return { region, total: rows.length, tallies: tallies(rows) };
  }).filter((region) => region.total > 0);
  return { referenceDate: input.referenceDate, delegations, totals: tallies(delegations), regions };
}

/** A share as the whole percentage a page shows. */
export function wholePercent(share: number): number {
  return Math.round(share * 100);
}

export interface BaselineComparison {
  year: number;
  attributedTo: string;
  reported: { total: number; percent: number };
  now: Tally;
  /** Now minus then, in percentage points, between the whole percentages shown (so the page adds up). */
  changePoints: number;
}

/** The 2018 survey (share of delegation websites with a focal point's contact details) beside the directory now. */
export function compareWithBaseline(baseline: TransparencyReference['baseline'], transparency: Transparency): BaselineComparison {
  const now = transparency.totals.contactDetails;
  return {
    year: baseline.year,
    attributedTo: baseline.attributed_to,
    reported: { total: baseline.websites_reviewed, percent: baseline.contact_details_percent },
    now,
    changePoints: wholePercent(now.share) - baseline.contact_details_percent,
  };
}

export const WEBSITE_QUESTIONS = [
  'hrd_guidelines_published',
  'hrd_guidelines_in_local_language',
  'focal_point_name_published',
  'focal_point_contact_published',
] as const;
export type WebsiteQuestion = (typeof WEBSITE_QUESTIONS)[number];
export type WebsiteAnswers = Record<WebsiteQuestion, boolean>;

export interface WebsiteComparison {
  country: string;
  /** The delegation that covers the country in the directory now (undefined if none does). */
  delegationId: string | undefined;
  reported: WebsiteAnswers;
  now: WebsiteAnswers | undefined;
}

/**
 * The 2019 study's four questions per country, answered again from the directory for the delegation
 * that covers the country now. The guidelines count as published when the site has them in any
 * language, since every delegation page links to them.
 */
export function compareWebsites(
  rows: readonly WebsiteRow[],
  transparency: Transparency,
  coveringDelegation: (iso2: string) => string | undefined,
  guidelinesPublished: boolean,
): WebsiteComparison[] {
  const byId = new Map(transparency.delegations.map((row) => [row.id, row]));
  return rows.map(({ country_iso2, ...reported }) => {
    const delegationId = coveringDelegation(country_iso2);
    const current = delegationId === undefined ? undefined : byId.get(delegationId);
    const now = current && {
      hrd_guidelines_published: guidelinesPublished,
      hrd_guidelines_in_local_language: current.indicators.localGuidelines,
      focal_point_name_published: current.namePublished,
      focal_point_contact_published: current.indicators.contactDetails,
    };
    return { country: country_iso2, delegationId, reported, now };
  });
}
