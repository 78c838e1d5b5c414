// Zod schemas for the headquarters desk and for the emergency facts (content/headquarters.yaml,
// content/emergency.yaml).
import { z } from 'zod';
import { isoDate } from './fields';

const https = z.url({ protocol: /^https$/ });

export const headquartersSchema = z.strictObject({
  name_en: z.string().min(1),
  seat_city_en: z.string().min(1),
  email: z.email(),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).min(1),
  sample_data: z.boolean(),
  directory_checked_on: isoDate,
});

export const emergencySchema = z.strictObject({
  mechanism: z.strictObject({ name: z.string().min(1), url: https }),
  hotline: z.strictObject({ display: z.string().min(1), tel: z.string().regex(/^\+\d{6,15}$/), source: https }),
  secure_form: z.strictObject({ url: https }),
  support: z.array(z.strictObject({ kind: z.enum(['grants', 'relocation']), source: https })).min(1),
  last_checked: isoDate,
});

export type Headquarters = z.infer<typeof headquartersSchema>;
export type EmergencyFacts = z.infer<typeof emergencySchema>;

/** Messages for a delegation without a key go to this desk, whose key is content/keys/headquarters.asc. */
export const HEADQUARTERS_DESK = 'headquarters';
