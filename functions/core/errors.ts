// The closed list of reasons a request is refused. Services throw a Refusal; only functions/refusals.ts
// turns a code into an HTTP status, and only src/i18n turns it into words for a reader.
import type { ChallengeOffer } from './challenge';

export const REFUSAL_CODES = [
  'not_found',
  'method_not_allowed',
  'invalid_json',
  'invalid_body',
  'invalid_query',
  'unsupported_media_type',
  'too_large',
  'rate_limited',
  'challenge_failed',
  'storage_unavailable',
  'unauthenticated',
  'forbidden',
  'delegation_not_found',
  'no_secure_channel',
  'not_openpgp',
  'wrong_recipient',
  'not_padded',
  'encryption_failed',
  'receipt_not_found',
  'message_not_found',
  'attachment_not_found',
  'consultation_not_found',
  'consultation_not_open',
  'consultation_closed',
  'invalid_submission',
  'invalid_idempotency_key',
  'idempotency_conflict',
  'contribution_not_found',
  'reply_key_invalid',
  'conversation_not_found',
  'conversation_closed',
  'no_reply_key',
  'reply_not_found',
] as const;

export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface RefusalDetails {
  /** For invalid input: each field and the UI string key that explains it. */
  fields?: Readonly<Record<string, string>>;
  /** For rate limits: when the client may try again. */
  retryAfterSeconds?: number;
  /** For rate limits: a challenge whose answer lets the person send anyway. */
  challenge?: ChallengeOffer;
  /** A more precise English explanation for API clients than the code's own message. */
  message?: string;
}

export class Refusal extends Error {
  readonly fields: Readonly<Record<string, string>> | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly detail: string | undefined;
  readonly challenge: ChallengeOffer | undefined;

  constructor(
    readonly code: RefusalCode,
    details: RefusalDetails = {},
  ) {
    super(details.message ?? code);
    this.name = 'Refusal';
    this.detail = details.message;
    this.challenge = details.challenge;
    this.fields = details.fields;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

export function isRefusal(error: unknown): error is Refusal {
  return error instanceof Refusal;
}
