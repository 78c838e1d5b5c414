// Zod schema for the EU public statements concerning human rights defenders (content/statements/*.yaml).
import { z } from 'zod';
import { httpsUrl, isoDate, knownCode, languageTag } from './fields';

/** Who issued the statement, from the delegation on the spot up to the Council. */
export const STATEMENT_LEVELS = ['local', 'spokesperson', 'high_representative', 'council', 'joint_with_member_states'] as const;
export type StatementLevel = (typeof STATEMENT_LEVELS)[number];

// Titles are keyed by language tag; English is required so that every page has a title to fall back to.
const titlesSchema = z.record(languageTag, z.string().min(1).max(200)).refine((titles) => typeof titles.en === 'string', {
  error: 'needs an English title (en)',
});

export function statementSchema(countryCodes: ReadonlySet<string>) {
  return z
    .strictObject({
      date: isoDate,
      countries: z.array(knownCode(countryCodes, 'country code')).min(1),
      level: z.enum(STATEMENT_LEVELS),
      languages: z.array(languageTag).min(1),
      official_url: httpsUrl,
      // True when official_url is not the statement's own page but a stand-in (the EEAS home page).
      official_url_placeholder: z.boolean().default(false),
      titles: titlesSchema,
      // Only names the public statement itself gives.
      named_defenders: z.array(z.string().min(1)).default([]),
      // True for the project's demonstration entries; every page that shows one says so.
      sample: z.boolean(),
      note: z.string().optional(),
    })
    .refine((statement) => !statement.sample || statement.named_defenders.length === 0, {
      // An invented entry must never attach a person's name to a case.
      error: 'a demonstration statement (sample: true) may not name anyone',
      path: ['named_defenders'],
    });
}

export type StatementData = z.infer<ReturnType<typeof statementSchema>>;
