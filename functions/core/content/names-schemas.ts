// Names given by content for a language whose names the runtimes' Intl lacks: country names
// (content/country-names/{lang}.yaml), one for every covered country and no other code, and language
// names (content/language-names/{lang}.yaml), keyed by BCP 47 tag.
import { z } from 'zod';
import { languageTag } from './fields';

export function countryNamesSchema(codes: ReadonlySet<string>) {
  return z.record(z.string(), z.string().trim().min(1)).superRefine((names, context) => {
    for (const code of Object.keys(names)) {
      if (!codes.has(code)) context.addIssue({ code: 'custom', path: [code], message: `unknown country code "${code}"` });
    }
    for (const code of codes) {
      if (!Object.hasOwn(names, code)) context.addIssue({ code: 'custom', path: [code], message: 'no name for this covered country' });
    }
  });
}

export const languageNamesSchema = z.record(languageTag, z.string().trim().min(1));
