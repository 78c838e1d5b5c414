// content/country-aliases/{lang}.yaml: the names people writing a language use for countries that
// Intl's region names and the country list lack (long official forms, former names, transliterations,
// the other script of Chinese). Every file's aliases match in every language's finder.
import { z } from 'zod';
import { languageTag } from './fields';
import { reviewStatus } from './review-status';

export function countryAliasesSchema(countryCodes: ReadonlySet<string>) {
  return z.strictObject({
    status: reviewStatus,
    // Intl region names in these locales match too, e.g. zh-Hant for names in traditional characters.
    intl_names: z.array(languageTag).default([]),
    aliases: z
      .record(z.string(), z.array(z.string().trim().min(1)).min(1))
      .default({})
      .superRefine((aliases, context) => {
        for (const code of Object.keys(aliases)) {
          if (!countryCodes.has(code)) context.addIssue({ code: 'custom', path: [code], message: `unknown country code "${code}"` });
        }
      }),
  });
}

export type CountryAliases = z.infer<ReturnType<typeof countryAliasesSchema>>;
