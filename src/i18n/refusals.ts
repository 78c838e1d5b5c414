// The one map from refusal code (functions/core/errors.ts) to the UI string that explains it to the
// person who filled in a form; the browser scripts get their strings from here too.
import { CONSULTATION_FIELD_PROBLEMS } from '../../functions/core/consultation/validation';
import { CONTACT_FIELD_PROBLEMS } from '../../functions/core/contact/validation';
import type { RefusalCode } from '../../functions/core/errors';
import { isUiKey, type Translate, type UiKey } from './ui';

/** The contact form, the consultation form, and the page that opens a contribution with its secret. */
export type FormName = 'contact' | 'consultation' | 'contribution';

const CONSULTATION_KEYS: Partial<Record<RefusalCode, UiKey>> = {
  consultation_closed: 'consultation.error.closed',
  consultation_not_open: 'consultation.error.notOpen',
  storage_unavailable: 'consultation.error.storage',
  contribution_not_found: 'consultation.error.notFound',
  invalid_submission: 'consultation.error.fields',
  rate_limited: 'consultation.error.rateLimited',
  idempotency_conflict: 'consultation.error.idempotencyConflict',
};

const REFUSAL_KEYS: Record<FormName, Partial<Record<RefusalCode, UiKey>>> = {
  contact: {
    rate_limited: 'contact.error.rateLimited',
    encryption_failed: 'contact.error.encryption',
    storage_unavailable: 'contact.error.storage',
    no_secure_channel: 'contact.error.noChannel',
    too_large: 'contact.error.tooLarge',
    challenge_failed: 'contact.error.challengeFailed',
  },
  consultation: CONSULTATION_KEYS,
  // There the limit counts attempts to open a contribution, not contributions sent.
  contribution: { ...CONSULTATION_KEYS, rate_limited: 'consultation.error.secretRateLimited' },
};

/** What a refusal of every other code says: the request was refused, nothing was stored. */
const REJECTED: Record<FormName, UiKey> = {
  contact: 'contact.error.rejected',
  consultation: 'consultation.error.rejected',
  contribution: 'consultation.error.rejected',
};

// Field problems are UI keys by construction; these lines fail the type check if one is not.
const FIELD_PROBLEMS: Record<FormName, readonly UiKey[]> = {
  contact: CONTACT_FIELD_PROBLEMS,
  consultation: CONSULTATION_FIELD_PROBLEMS,
  contribution: CONSULTATION_FIELD_PROBLEMS,
};

export function refusalKey(form: FormName, code: string): UiKey {
  return REFUSAL_KEYS[form][code as RefusalCode] ?? REJECTED[form];
}

/** Whole minutes until a client may try again, at least one. */
export function minutesUntil(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}

/** The field errors of a refused form (field → UI string key), as the service reported them. */
export function fieldErrorKeys(fields: Readonly<Record<string, string>> = {}): Record<string, UiKey> {
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, UiKey] => isUiKey(entry[1])));
}

/**
 * The strings a form's browser script needs, in the page's language: a text per refusal code (with
 * "rejected" for any other; "{minutes}" left to fill) and a text per field problem.
 */
export function formScriptStrings(form: FormName, t: Translate): { codes: Record<string, string>; errors: Record<string, string> } {
  const codes = Object.fromEntries([
    ...Object.entries(REFUSAL_KEYS[form]).map(([code, key]) => [code, t(key, { minutes: '{minutes}' })]),
    ['rejected', t(REJECTED[form], { minutes: '{minutes}' })],
  ]);
  const errors = Object.fromEntries(FIELD_PROBLEMS[form].map((key) => [key, t(key)]));
  return { codes, errors };
}
