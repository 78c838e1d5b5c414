// Field schemas shared by every content collection.
import { z } from 'zod';

/** A calendar date, as YAML gives it (a Date) or as a string. */
export const isoDate = z.union([z.iso.date(), z.date()]).transform((value) => new Date(value));

/** A code that must be one of `codes`; the error names the unknown value. */
export function knownCode(codes: ReadonlySet<string>, what: string) {
  return z.string().refine((code) => codes.has(code), { error: (issue) => `unknown ${what} "${String(issue.input)}"` });
}
