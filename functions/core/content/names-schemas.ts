// Country names given by content for a language whose names the runtimes' Intl lacks
// (content/country-names/{lang}.yaml): one for every covered country and no other code. Language
// names are in content/language-names.yaml (language-names.ts).
import { z } from 'zod';

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
