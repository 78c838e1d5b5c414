// Zod schemas for the guidelines library and the good human rights stories.
import { z } from 'zod';
import { isoDate, knownCode } from './fields';
import { reviewStatus } from './review-status';

// Text this project writes is never an official EU language version: it is unreviewed until a person reviews it.
export const TRANSLATION_STATUSES = ['reviewed', 'unreviewed', 'machine'] as const;
/** What a reader gets in a language: the three statuses of a text that exists, or nothing. */
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number] | 'missing';

/** The five lines of action of the EU Action Plan on Human Rights and Democracy 2020-2024. */
export const LINES_OF_ACTION = [
  'protecting-individuals',
  'resilient-societies',
  'global-system',
  'new-technologies',
  'working-together',
] as const;
export type LineOfAction = (typeof LINES_OF_ACTION)[number];

const anchorId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case anchor id such as "what-you-can-ask"');

export const guidelineFactsSchema = z.strictObject({
  title_en: z.string().min(1),
  original_title_en: z.string().min(1).optional(),
  order: z.number().int().min(1),
  year_adopted: z.number().int().min(1990).max(2100),
  date_adopted: z.string().regex(/^\d{4}(-\d{2}){0,2}$/),
  years_updated: z.array(z.number().int()),
  adopted_by: z.string().min(1),
  official_text_url: z.url({ protocol: /^https$/ }),
  uncertain: z.boolean(),
  notes: z.string().optional(),
});

const sectionSchema = z.strictObject({
  id: anchorId,
  heading: z.string().min(1),
  paragraphs: z.array(z.string().min(1)).default([]),
  items: z.array(z.string().min(1)).optional(),
});

export const guidelineTextSchema = z
  .strictObject({
    translation: z.enum(TRANSLATION_STATUSES),
    title: z.string().min(1),
    summary: z.string().min(1),
    sections: z.array(sectionSchema).min(1),
  })
  .refine((text) => new Set(text.sections.map((section) => section.id)).size === text.sections.length, {
    error: 'section ids must be unique',
    path: ['sections'],
  });

const namedPersonSchema = z.strictObject({
  name: z.string().min(1),
  // Recorded consent to be named; the build refuses a named person without it.
  consent: z.literal(true, { error: 'a person may only be named with recorded consent (consent: true)' }),
  consent_recorded: isoDate,
});

export function storyFactsSchema(countryCodes: ReadonlySet<string>) {
  return z.strictObject({
    date: isoDate,
    countries: z.array(knownCode(countryCodes, 'country code')).min(1),
    lines_of_action: z.array(z.enum(LINES_OF_ACTION)).min(1),
    named_people: z.array(namedPersonSchema).default([]),
    // True for the project's fictional demonstration stories; the page says so.
    sample: z.boolean(),
  });
}

export const storyTextSchema = z.strictObject({
  translation: z.enum(TRANSLATION_STATUSES),
  title: z.string().min(1).max(120),
  summary: z.string().min(1).max(300),
});

const libraryTitleSchema = z.strictObject({
  title: z.string().trim().min(1).max(250),
  // One line: what a search result shows under the title.
  description: z.string().trim().min(1).max(220),
});

/** content/library-titles/{lang}.yaml: every guideline's and story's title and description in one language. */
export const libraryTitlesSchema = z.strictObject({
  status: reviewStatus,
  guidelines: z.record(z.string(), libraryTitleSchema),
  stories: z.record(z.string(), libraryTitleSchema),
});

export type LibraryTitle = z.infer<typeof libraryTitleSchema>;
export type LibraryTitles = z.infer<typeof libraryTitlesSchema>;
export type GuidelineFacts = z.infer<typeof guidelineFactsSchema>;
export type GuidelineText = z.infer<typeof guidelineTextSchema>;
export type StoryFacts = z.infer<ReturnType<typeof storyFactsSchema>>;
export type StoryText = z.infer<typeof storyTextSchema>;
