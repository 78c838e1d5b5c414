// Zod schema for the reference figures the transparency indicators are set beside
// (content/transparency/report-2019.yaml): the 2019 report's source, its statements table and its
// five-country website table, and the 2018 website survey it cites. Facts only, no prose.
import { z } from 'zod';
import { isoDate, knownCode } from './fields';

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a year and month such as "2019-04"');

export function transparencyReferenceSchema(countryCodes: ReadonlySet<string>, delegationIds: ReadonlySet<string>) {
  const country = knownCode(countryCodes, 'country code');
  const delegation = knownCode(delegationIds, 'delegation id');
  return z.strictObject({
    source: z.strictObject({
      title: z.string().min(1),
      publisher: z.string().min(1),
      year: z.number().int().min(1990).max(2100),
      ai_index: z.string().regex(/^[A-Z]{3} \d{2}\/\d{4}\/\d{4}$/, 'must be an Amnesty index such as "IOR 60/0995/2019"'),
      published: yearMonth,
    }),
    // False while the figures below have not been compared with the report's own table pages.
    figures_checked_against_source: z.boolean(),
    statements: z.strictObject({
      from: yearMonth,
      to: yearMonth,
      rows: z
        .array(
          z.strictObject({
            country_iso2: country,
            statements: z.number().int().min(0),
            // Some countries were also counted with statements by delegations to international organisations.
            with_organisation_delegations: z
              .strictObject({ statements: z.number().int().min(0), delegation_ids: z.array(delegation).min(1) })
              .optional(),
          }),
        )
        .min(1),
    }),
    websites: z.strictObject({
      as_of: isoDate,
      rows: z
        .array(
          z.strictObject({
            country_iso2: country,
            hrd_guidelines_published: z.boolean(),
            hrd_guidelines_in_local_language: z.boolean(),
            focal_point_name_published: z.boolean(),
            focal_point_contact_published: z.boolean(),
          }),
        )
        .min(1),
    }),
    baseline: z.strictObject({
      year: z.number().int().min(1990).max(2100),
      attributed_to: z.string().min(1),
      websites_reviewed: z.number().int().min(1),
      contact_details_percent: z.number().min(0).max(100),
    }),
  });
}

export type TransparencyReference = z.infer<ReturnType<typeof transparencyReferenceSchema>>;
export type WebsiteRow = TransparencyReference['websites']['rows'][number];
