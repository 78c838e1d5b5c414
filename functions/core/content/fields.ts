// Field schemas shared by every content collection.
import { z } from 'zod';

/** A calendar date, as YAML gives it (a Date) or as a string. */
export const isoDate = z.union([z.iso.date(), z.date()]).transform((value) => new Date(value));

/** A code that must be one of `codes`; the error names the unknown value. */
export function knownCode(codes: ReadonlySet<string>, what: string) {
  return z.string().refine((code) => codes.has(code), { error: (issue) => `unknown ${what} "${String(issue.input)}"` });
}

/** A BCP 47 language tag as the content writes it, e.g. "ar", "fr" or "zh-Hans". */
export const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "ar" or "zh-Hans"');

/** A link to an official text: https only. */
export const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// URL' });
