// Zod schemas for the directory content. They take the sets of known ids so that a cross-reference
// error (unknown country code, unknown delegation) fails the build naming the entry and the field.
import { z } from 'zod';
import { isoDate, knownCode } from './fields';

export const REGIONS = ['Africa', 'Americas', 'Asia-Pacific', 'Europe-Central Asia', 'Middle East-North Africa', 'Multilateral'] as const;

export const FOCAL_POINT_ROLES = ['human_rights', 'hrd_liaison'] as const;

const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "ar" or "zh-Hans"');
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time such as "09:00"');

const timeZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { error: (issue) => `unknown time zone "${String(issue.input)}"` },
);

export const hoursSchema = z
  .object({
    days: z.array(z.number().int().min(1).max(7)).min(1),
    opens: clockTime,
    closes: clockTime,
    time_zone: timeZone,
  })
  .strict()
  .refine((hours) => hours.opens < hours.closes, { error: 'opens must be before closes', path: ['closes'] });

export const focalPointSchema = z
  .object({
    role: z.enum(FOCAL_POINT_ROLES),
    // A person's name appears only when they agreed to its publication.
    name: z.string().min(1).optional(),
    name_published_with_consent: z.boolean().optional(),
    email: z.email({ error: 'must be a functional mailbox address' }),
    phone: z
      .string()
      .regex(/^\+[0-9 ]{6,20}$/, 'must be an international number such as "+32 2 000 0000"')
      .optional(),
    hours: hoursSchema.optional(),
    languages: z.array(languageTag).min(1),
    pgp_fingerprint: z
      .string()
      .regex(/^[0-9A-F]{40}$/, 'must be 40 upper-case hex digits')
      .optional(),
    last_verified: isoDate,
  })
  .strict()
  .refine((point) => point.name === undefined || point.name_published_with_consent === true, {
    error: "a name may only be published with the person's consent (name_published_with_consent: true)",
    path: ['name'],
  });

export function delegationSchema(countryCodes: ReadonlySet<string>) {
  const country = knownCode(countryCodes, 'country code');
  return z
    .object({
      kind: z.enum(['bilateral', 'multilateral', 'office']),
      name_en: z.string().min(1),
      // Names in other languages, for delegations whose name is not derived from the countries they cover.
      names: z.record(z.string(), z.string().min(1)).optional(),
      seat_city_en: z.string().min(1),
      host_country_iso2: z.string().regex(/^[A-Z]{2}$/),
      accredited_iso2: z.array(country),
      also_covers_territories_iso2: z.array(country).optional(),
      uncertain_territories_iso2: z.array(country).optional(),
      organisations: z.array(z.string().min(1)).optional(),
      region: z.enum(REGIONS),
      local_languages: z.array(languageTag).max(3),
      uncertain: z.boolean(),
      notes: z.string().optional(),
      focal_points: z.array(focalPointSchema),
      // True when the focal points are the project's fictional demonstration data.
      sample_data: z.boolean().default(false),
    })
    .strict();
}

export function countrySchema(delegationIds: ReadonlySet<string>) {
  return z
    .object({
      name_en: z.string().min(1),
      endonym: z.string().min(1),
      endonym_alt: z.array(z.string().min(1)).optional(),
      languages: z.array(languageTag).min(1).max(3),
      covered_by_delegation_id: knownCode(delegationIds, 'delegation id'),
      territory: z.boolean(),
      note: z.string().optional(),
    })
    .strict();
}

export type DelegationData = z.infer<ReturnType<typeof delegationSchema>>;
export type CountryData = z.infer<ReturnType<typeof countrySchema>>;
export type FocalPoint = z.infer<typeof focalPointSchema>;
export type Region = (typeof REGIONS)[number];
