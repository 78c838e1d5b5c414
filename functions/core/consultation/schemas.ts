// Consultation cycles are content: dates, questions per line of action (and a general one) in each
// language, answer limits. Past cycles keep their published contributions as an archive.
import { z } from 'zod';
import { knownCode } from '../content/fields';
import { LINES_OF_ACTION } from '../content/library-schemas';

export const QUESTION_LINES = [...LINES_OF_ACTION, 'general'] as const;
export type QuestionLine = (typeof QUESTION_LINES)[number];

export const ORGANISATION_TYPES = ['ngo', 'defender', 'trade_union', 'academic', 'business', 'other'] as const;
export const PUBLICATION_CHOICES = ['public', 'anonymous', 'confidential'] as const;

const perLanguage = z
  .record(z.string().regex(/^[a-z]{2}$/), z.string().min(1))
  .refine((texts) => 'en' in texts, { error: 'an English text is required' });
const instant = z.union([z.iso.datetime(), z.date()]).transform((value) => new Date(value));

export const consultationSchema = z
  .strictObject({
    title: perLanguage,
    opens_at: instant,
    closes_at: instant,
    max_answer_chars: z.number().int().min(100).max(20_000),
    attachment_allowed: z.boolean(),
    intro: perLanguage,
    questions: z
      .array(z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), line: z.enum(QUESTION_LINES), text: perLanguage }))
      .min(QUESTION_LINES.length),
  })
  .refine((cycle) => cycle.closes_at > cycle.opens_at, { error: 'closes_at must be after opens_at', path: ['closes_at'] })
  .refine((cycle) => QUESTION_LINES.every((line) => cycle.questions.some((question) => question.line === line)), {
    error: 'there must be at least one question per line of action and a general one',
    path: ['questions'],
  })
  .refine((cycle) => new Set(cycle.questions.map((question) => question.id)).size === cycle.questions.length, {
    error: 'question ids must be unique',
    path: ['questions'],
  });

export function archivedContributionSchema(countryCodes: ReadonlySet<string>) {
  return z.strictObject({
    id: z.string().regex(/^C\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/),
    publication: z.enum(['public', 'anonymous']),
    organisation: z.string().min(1).optional(),
    type: z.enum(ORGANISATION_TYPES),
    country: knownCode(countryCodes, 'country code'),
    submitted_on: z.iso.date(),
    /** The BCP 47 tag of the language the answers are written in, so that pages can mark it. */
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
    answers: z.record(z.string(), z.string().min(1)),
  });
}

export type Consultation = z.infer<typeof consultationSchema>;
export type ArchivedContribution = z.infer<ReturnType<typeof archivedContributionSchema>>;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];
export type PublicationChoice = (typeof PUBLICATION_CHOICES)[number];
