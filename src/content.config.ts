import { defineCollection } from 'astro:content';
import { readdirSync, readFileSync } from 'node:fs';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { countrySchema, delegationSchema } from './lib/content-schemas';
import { guidelineFactsSchema, guidelineTextSchema, storyFactsSchema, storyTextSchema } from './lib/library-schemas';

// Cross-references are checked against the ids that exist on disk, so a typo fails the build
// with the entry and field named (e.g. "delegations → russia: accredited_iso2.0: unknown country code").
const countryCodes = new Set(Object.keys(parse(readFileSync('content/countries.yaml', 'utf8')) as object));
const delegationIds = new Set(
  readdirSync('content/delegations')
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.replace(/\.yaml$/, '')),
);

const delegations = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/delegations' }),
  schema: delegationSchema(countryCodes),
});

const countries = defineCollection({
  loader: file('content/countries.yaml'),
  schema: countrySchema(delegationIds),
});

// Editorial pages (safety, privacy, accessibility), one Markdown file per language: content/pages/{lang}/{slug}.md
const pages = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './content/pages' }),
  schema: z.strictObject({ title: z.string().min(1), description: z.string().min(1), updated: z.coerce.date() }),
});

// The guidelines library: facts in content/guidelines/{id}.yaml, one text per language in {id}/{lang}.yaml.
const guidelines = defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/guidelines' }), schema: guidelineFactsSchema });
const guidelineTexts = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: './content/guidelines' }),
  schema: guidelineTextSchema,
});

// Good human rights stories: facts (countries, lines of action, consent) in {slug}/story.yaml, text in {slug}/{lang}.md.
const stories = defineCollection({
  loader: glob({ pattern: '*/story.yaml', base: './content/stories' }),
  schema: storyFactsSchema(countryCodes),
});
const storyTexts = defineCollection({ loader: glob({ pattern: '*/*.md', base: './content/stories' }), schema: storyTextSchema });

export const collections = { delegations, countries, pages, guidelines, guidelineTexts, stories, storyTexts };
