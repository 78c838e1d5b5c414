// The essential guide for defenders in a local language that the UI does not have: one Markdown file
// per language, content/guides/{language}.md. The body explains what the EU can do, how to find a
// delegation and how to send a secure message; the emergency facts come from content/emergency.yaml
// and are set in the words of the front matter.
import { z } from 'zod';
import { TRANSLATION_STATUSES } from './library-schemas';

export const guideSchema = z.strictObject({
  /** BCP 47 tag of the guide's language; the file name and the URL segment /{language}/guide/. */
  language: z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as "nl" or "pap"'),
  dir: z.enum(['ltr', 'rtl']),
  translation: z.enum(TRANSLATION_STATUSES),
  title: z.string().min(1).max(120),
  description: z.string().min(1).max(300),
  /** The translation status, said in the guide's language ("Unreviewed: written by ..."). */
  status_note: z.string().min(1).max(300),
  emergency: z.strictObject({
    heading: z.string().min(1),
    /** What the 24-hour line is, before its number. */
    hotline: z.string().min(1),
    /** The link text to the mechanism's secure form. */
    secure_form: z.string().min(1),
  }),
});

export type GuideData = z.infer<typeof guideSchema>;
