import { defineCollection } from 'astro:content';
import { readdirSync } from 'node:fs';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { countryAliasesSchema } from '../functions/core/content/country-alias-schemas';
import { countrySchema, delegationSchema } from '../functions/core/content/directory-schemas';
import { guideSchema } from '../functions/core/content/guide-schemas';
import {
  guidelineFactsSchema,
  guidelineTextSchema,
  libraryTitlesSchema,
  storyFactsSchema,
  storyTextSchema,
} from '../functions/core/content/library-schemas';
import { statementSchema } from '../functions/core/content/statement-schemas';
import { transparencyReferenceSchema } from '../functions/core/content/transparency-schemas';
import { countryCodes } from '../functions/server/content/countries';

// Cross-references are checked against the ids that exist on disk, so a typo fails the build
// with the entry and field named (e.g. "delegations → russia: accredited_iso2.0: unknown country code").
const codes = countryCodes();
const delegationIds = new Set(
  readdirSync('content/delegations')
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.replace(/\.yaml$/, '')),
);

const delegations = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/delegations' }),
  schema: delegationSchema(codes),
});

const countries = defineCollection({
  loader: file('content/countries.yaml'),
  schema: countrySchema(delegationIds),
});

// Names people use for countries in each language, beyond Intl's: content/country-aliases/{lang}.yaml
const countryAliases = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/country-aliases' }),
  schema: countryAliasesSchema(codes),
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
  schema: storyFactsSchema(codes),
});
const storyTexts = defineCollection({ loader: glob({ pattern: '*/*.md', base: './content/stories' }), schema: storyTextSchema });

// Every guideline's and story's title and one-line description in one language, whether or not its
// full text exists in that language: content/library-titles/{lang}.yaml
const libraryTitles = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/library-titles' }),
  schema: libraryTitlesSchema,
});

// EU public statements concerning defenders, one YAML file each: content/statements/{id}.yaml
const statements = defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/statements' }), schema: statementSchema(codes) });

// The reference figures the transparency indicators are set beside: content/transparency/report-2019.yaml
const transparency = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/transparency' }),
  schema: transparencyReferenceSchema(codes, delegationIds),
});

// The essential guide for defenders in each local language the UI does not have: content/guides/{language}.md
const guides = defineCollection({ loader: glob({ pattern: '*.md', base: './content/guides' }), schema: guideSchema });

export const collections = {
  delegations,
  countries,
  countryAliases,
  pages,
  guidelines,
  guidelineTexts,
  stories,
  storyTexts,
  statements,
  transparency,
  guides,
  libraryTitles,
};
