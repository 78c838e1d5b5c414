// The directory as open data: the zod schemas of the published files (their JSON Schemas under
// /data/schema/ are generated from these), and the pure mapping from the content to them. Every
// published file is derived from one OpenDirectory, so the JSON, the CSV, the vCards and keys.txt agree.
import { z } from 'zod';
import { toCsv } from '../consultation/csv';
import { type Country, coveredCodes, type Delegation, type Directory } from './directory';
import { FOCAL_POINT_ROLES, type FocalPoint, REGIONS } from './directory-schemas';

export const PUBLISHER = 'EU Human Rights Defenders Portal';

export const LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export const SAMPLE_NOTICE =
  'The focal-point contacts and keys are fictional sample data made for demonstrating this site: the mailboxes use the reserved .example domain and reach no one, and no real person is named. Do not send anything to them.';

/** The English names of the roles, as the English delegation pages show them. */
export const FOCAL_POINT_TITLE_EN: Readonly<Record<FocalPoint['role'], string>> = {
  human_rights: 'Human rights focal point',
  hrd_liaison: 'Liaison officer for human rights defenders',
};

const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const day = z.iso.date();

export const openHoursSchema = z.strictObject({
  days: z.array(z.int().min(1).max(7)).min(1).describe('ISO 8601 weekday numbers: 1 is Monday, 7 is Sunday'),
  opens: clockTime.describe('24-hour local time in time_zone'),
  closes: clockTime.describe('24-hour local time in time_zone'),
  time_zone: z.string().min(1).describe('IANA time zone of the office, e.g. "Europe/Moscow"'),
});

export const openFocalPointSchema = z.strictObject({
  role: z.enum(FOCAL_POINT_ROLES),
  title_en: z.string().min(1).describe('the role in English'),
  name: z.string().min(1).nullable().describe("the person's name, only where they agreed to its publication; null otherwise"),
  email: z.email().describe('a functional mailbox, not a personal one'),
  phone: z.string().min(1).nullable().describe('international number'),
  hours: openHoursSchema.nullable(),
  languages: z.array(languageTag).min(1).describe('BCP 47 tags of the languages spoken, in order of preference'),
  last_verified: day.describe('when these details were last checked'),
});

export const openCountrySchema = z.strictObject({
  iso2: z.string().regex(/^[A-Z]{2}$/),
  name_en: z.string().min(1),
  territory: z.boolean().describe('a territory rather than a country'),
});

export const openKeySchema = z.strictObject({
  fingerprint: z
    .string()
    .regex(/^[0-9A-F]{40}$/)
    .describe("the OpenPGP key's fingerprint, 40 upper-case hex digits"),
  url: z.url().describe('the ASCII-armored public key'),
});

export const openDelegationSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    name_en: z.string().min(1),
    kind: z.enum(['bilateral', 'multilateral', 'office']),
    region: z.enum(REGIONS),
    seat_city_en: z.string().min(1),
    host_country_iso2: z.string().regex(/^[A-Z]{2}$/),
    countries: z.array(openCountrySchema).describe('the countries and territories it covers'),
    organisations: z.array(z.string().min(1)).describe('the international organisations it is accredited to'),
    local_languages: z.array(languageTag).describe('BCP 47 tags of the local languages of what it covers'),
    focal_points: z.array(openFocalPointSchema).describe('empty when the delegation publishes no focal point'),
    key: openKeySchema.nullable().describe('null when the delegation has no key, and so no secure form'),
    last_verified: day.nullable().describe('the oldest last_verified of its focal points: every contact was checked on or after it'),
    page: z.url().describe('the delegation page, in English'),
    vcard: z.url().nullable().describe('the focal points as vCards; null without focal points'),
    uncertain: z.boolean().describe('true when some details, such as where it currently operates, could not be confirmed'),
    sample: z.boolean().describe('true when the contacts are fictional sample data'),
  })
  .meta({ title: 'An EU delegation and its human rights focal points' });

export const openDirectorySchema = z
  .strictObject({
    publisher: z.literal(PUBLISHER),
    licence: z.strictObject({ id: z.literal(LICENCE.id), name: z.literal(LICENCE.name), url: z.literal(LICENCE.url) }),
    built: z.iso.datetime().describe('when the files were built from the content'),
    sample: z.boolean().describe('true when some of the contacts are fictional sample data'),
    notice: z.string().min(1).nullable().describe('what the sample data is; null when there is none'),
    delegations: z.array(openDelegationSchema),
  })
  .meta({ title: 'Directory of EU delegations and their human rights focal points' });

export type OpenHours = z.infer<typeof openHoursSchema>;
export type OpenFocalPoint = z.infer<typeof openFocalPointSchema>;
export type OpenDelegation = z.infer<typeof openDelegationSchema>;
export type OpenDirectory = z.infer<typeof openDirectorySchema>;

export interface OpenDataSources {
  directory: Directory;
  /** The fingerprint of each delegation's key, for the delegations that publish one. */
  fingerprints: ReadonlyMap<string, string>;
  /** The public origin, for absolute links. */
  site: URL | string;
  built: Date;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function openDataUrls(site: URL | string, id: string) {
  const at = (path: string) => new URL(path, site).href;
  return {
    page: at(`/en/delegations/${id}/`),
    vcard: at(`/data/vcards/${id}.vcf`),
    key: at(`/keys/${id}.asc`),
  };
}

function openFocalPoint(point: FocalPoint): OpenFocalPoint {
  return {
    role: point.role,
    title_en: FOCAL_POINT_TITLE_EN[point.role],
    // The schema already refuses a name without consent; this keeps the rule where the data leaves.
    name: point.name_published_with_consent === true ? (point.name ?? null) : null,
    email: point.email,
    phone: point.phone ?? null,
    hours: point.hours
      ? { days: [...point.hours.days], opens: point.hours.opens, closes: point.hours.closes, time_zone: point.hours.time_zone }
      : null,
    languages: [...point.languages],
    last_verified: isoDay(point.last_verified),
  };
}

export function openDelegation(
  delegation: Delegation,
  countries: ReadonlyMap<string, Country>,
  { fingerprints, site }: Pick<OpenDataSources, 'fingerprints' | 'site'>,
): OpenDelegation {
  const urls = openDataUrls(site, delegation.id);
  const focalPoints = delegation.focal_points.map(openFocalPoint);
  const fingerprint = fingerprints.get(delegation.id);
  return {
    id: delegation.id,
    name_en: delegation.name_en,
    kind: delegation.kind,
    region: delegation.region,
    seat_city_en: delegation.seat_city_en,
    host_country_iso2: delegation.host_country_iso2,
    countries: coveredCodes(delegation).map((iso2) => {
      const country = countries.get(iso2);
      return { iso2, name_en: country?.name_en ?? iso2, territory: country?.territory ?? false };
    }),
    organisations: [...(delegation.organisations ?? [])],
    local_languages: [...delegation.local_languages],
    focal_points: focalPoints,
    key: fingerprint ? { fingerprint: fingerprint.toUpperCase(), url: urls.key } : null,
    last_verified: focalPoints.map((point) => point.last_verified).sort()[0] ?? null,
    page: urls.page,
    vcard: focalPoints.length > 0 ? urls.vcard : null,
    uncertain: delegation.uncertain,
    sample: delegation.sample_data,
  };
}

export function openDirectory({ directory, fingerprints, site, built }: OpenDataSources): OpenDirectory {
  const countries = new Map(directory.countries.map((country) => [country.iso2, country]));
  const delegations = [...directory.delegations]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((delegation) => openDelegation(delegation, countries, { fingerprints, site }));
  const sample = delegations.some((delegation) => delegation.sample);
  return {
    publisher: PUBLISHER,
    licence: { ...LICENCE },
    built: built.toISOString(),
    sample,
    notice: sample ? SAMPLE_NOTICE : null,
    delegations,
  };
}

/** The columns of directory.csv: one row per delegation and focal point. */
export const DIRECTORY_CSV_HEADER = [
  'delegation_id',
  'delegation_name_en',
  'kind',
  'region',
  'seat_city_en',
  'host_country_iso2',
  'country_codes',
  'country_names_en',
  'local_languages',
  'key_fingerprint',
  'key_url',
  'delegation_last_verified',
  'page',
  'uncertain',
  'sample',
  'role',
  'title_en',
  'name',
  'email',
  'phone',
  'hours_days',
  'hours_opens',
  'hours_closes',
  'hours_time_zone',
  'languages',
  'last_verified',
] as const;

/** Lists inside a cell: codes and tags are separated by spaces, names (which may hold commas) by "; ". */
export const CSV_LIST = ' ';
export const CSV_NAME_LIST = '; ';

/**
 * The rows of directory.csv, in the order of DIRECTORY_CSV_HEADER. A delegation without a focal point
 * has one row with the focal-point cells empty, so that every delegation appears.
 */
export function directoryCsvRows(directory: OpenDirectory): string[][] {
  return directory.delegations.flatMap((delegation) => {
    const common = [
      delegation.id,
      delegation.name_en,
      delegation.kind,
      delegation.region,
      delegation.seat_city_en,
      delegation.host_country_iso2,
      delegation.countries.map((country) => country.iso2).join(CSV_LIST),
      delegation.countries.map((country) => country.name_en).join(CSV_NAME_LIST),
      delegation.local_languages.join(CSV_LIST),
      delegation.key?.fingerprint ?? '',
      delegation.key?.url ?? '',
      delegation.last_verified ?? '',
      delegation.page,
      String(delegation.uncertain),
      String(delegation.sample),
    ];
    if (delegation.focal_points.length === 0) return [[...common, ...Array<string>(DIRECTORY_CSV_HEADER.length - common.length).fill('')]];
    return delegation.focal_points.map((point) => [
      ...common,
      point.role,
      point.title_en,
      point.name ?? '',
      point.email,
      point.phone ?? '',
      point.hours?.days.join(CSV_LIST) ?? '',
      point.hours?.opens ?? '',
      point.hours?.closes ?? '',
      point.hours?.time_zone ?? '',
      point.languages.join(CSV_LIST),
      point.last_verified,
    ]);
  });
}

/** directory.csv as RFC 4180 text (CRLF line ends, quoted where needed). */
export function directoryCsv(directory: OpenDirectory): string {
  return toCsv(DIRECTORY_CSV_HEADER, directoryCsvRows(directory));
}

/** The published JSON files: indented, with a final line break. */
export function toJsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
