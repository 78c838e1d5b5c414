// The transparency indicators as open data (/data/transparency.json and .csv): the same figures the
// page shows, computed from content, never typed by hand. The schema is published beside them.
import { z } from 'zod';
import { toCsv } from '../consultation/csv';
import { LICENCE, PUBLISHER, SAMPLE_NOTICE } from './open-data';
import { type BaselineComparison, INDICATORS, type Transparency } from './transparency';

const tallySchema = z.strictObject({
  count: z.number().int().min(0),
  total: z.number().int().min(0),
  share: z.number().min(0).max(1).describe('count / total'),
});
const talliesSchema = z.strictObject(
  Object.fromEntries(INDICATORS.map((indicator) => [indicator, tallySchema])) as Record<(typeof INDICATORS)[number], typeof tallySchema>,
);
const indicatorsSchema = z.strictObject(
  Object.fromEntries(INDICATORS.map((indicator) => [indicator, z.boolean()])) as Record<(typeof INDICATORS)[number], z.ZodBoolean>,
);

export const openTransparencySchema = z
  .strictObject({
    publisher: z.literal(PUBLISHER),
    licence: z.strictObject({ id: z.literal(LICENCE.id), name: z.literal(LICENCE.name), url: z.literal(LICENCE.url) }),
    built: z.iso.datetime(),
    referenceDate: z.iso.date().describe('the day the "verified in the last 12 months" indicator counts back from'),
    sample: z.boolean().describe('true when the directory holds fictional sample contacts, so the figures show how the indicators work'),
    notice: z.string().min(1).nullable(),
    indicators: z.array(z.enum(INDICATORS)),
    totals: talliesSchema,
    regions: z.array(z.strictObject({ region: z.string().min(1), total: z.number().int().min(0), tallies: talliesSchema })),
    baseline: z.strictObject({
      year: z.number().int(),
      attributedTo: z.string().min(1),
      reported: z.strictObject({ total: z.number().int().min(1), percent: z.number().min(0).max(100) }),
      now: tallySchema,
      changePoints: z.number().int(),
    }),
    delegations: z.array(
      z.strictObject({ id: z.string().min(1), region: z.string().min(1), indicators: indicatorsSchema, namePublished: z.boolean() }),
    ),
  })
  .meta({ title: 'Transparency indicators of the EU delegations, computed from the directory' });

export type OpenTransparency = z.infer<typeof openTransparencySchema>;

export function openTransparency(transparency: Transparency, baseline: BaselineComparison, sample: boolean, built: Date): OpenTransparency {
  return {
    publisher: PUBLISHER,
    licence: { ...LICENCE },
    built: built.toISOString(),
    referenceDate: transparency.referenceDate.toISOString().slice(0, 10),
    sample,
    notice: sample ? SAMPLE_NOTICE : null,
    indicators: [...INDICATORS],
    totals: transparency.totals,
    regions: transparency.regions.map(({ region, total, tallies }) => ({ region, total, tallies })),
    baseline,
    delegations: [...transparency.delegations]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map(({ id, region, indicators, namePublished }) => ({ id, region, indicators, namePublished })),
  };
}

/** One row per delegation: its region and the five indicators as true or false. */
export const TRANSPARENCY_CSV_HEADER = ['delegation_id', 'region', ...INDICATORS, 'name_published'] as const;

export function transparencyCsv(data: OpenTransparency): string {
  return toCsv(
    TRANSPARENCY_CSV_HEADER,
    data.delegations.map((row) => [
      row.id,
      row.region,
      ...INDICATORS.map((indicator) => String(row.indicators[indicator])),
      String(row.namePublished),
    ]),
  );
}
