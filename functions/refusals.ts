// The one table from refusal code to HTTP status and English message for API clients. The API
// answers with it, and the site's on-demand pages take their status from it too.
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { RefusalCode } from './core/errors';

export const REFUSALS: Record<RefusalCode, { status: ContentfulStatusCode; message: string }> = {
  not_found: { status: 404, message: 'There is no API endpoint at this path.' },
  method_not_allowed: { status: 405, message: 'This endpoint does not answer this method; see the Allow header.' },
  invalid_json: { status: 400, message: 'The body must be JSON.' },
  invalid_body: { status: 422, message: 'Invalid or missing fields.' },
  invalid_query: { status: 422, message: 'Give the delegation id: ?delegation=...' },
  unsupported_media_type: { status: 415, message: 'The body must be sent as application/json.' },
  too_large: { status: 413, message: 'The request is larger than allowed.' },
  rate_limited: { status: 429, message: 'Too many requests from this connection. Try again later.' },
  challenge_failed: { status: 422, message: 'The challenge was not answered correctly, or it expired. Answer the new one.' },
  storage_unavailable: { status: 503, message: 'It could not be stored. Nothing was kept; please try again later.' },
  unauthenticated: { status: 401, message: 'Sign in through Cloudflare Access with a valid access token.' },
  forbidden: { status: 403, message: 'You are not authorised for this delegation.' },
  delegation_not_found: { status: 404, message: 'There is no delegation with this id.' },
  no_secure_channel: { status: 404, message: 'This delegation has no key for secure messages.' },
  not_openpgp: { status: 422, message: 'The body must be an OpenPGP message encrypted to the delegation key.' },
  wrong_recipient: { status: 422, message: 'The message is not encrypted to this delegation key.' },
  not_padded: { status: 422, message: 'The message was not padded to a size bucket.' },
  encryption_failed: { status: 500, message: 'The message could not be encrypted, so it was not sent. Nothing was stored.' },
  receipt_not_found: { status: 404, message: 'No message matches this receipt code.' },
  message_not_found: { status: 404, message: 'There is no such message, or it has expired.' },
  attachment_not_found: { status: 404, message: 'This message has no attachment.' },
  consultation_not_found: { status: 404, message: 'There is no consultation for this year.' },
  consultation_not_open: { status: 409, message: 'This consultation is not open yet. Nothing was stored.' },
  consultation_closed: { status: 409, message: 'This consultation is closed. Nothing was stored.' },
  invalid_submission: { status: 422, message: 'Some fields are missing or invalid. Nothing was stored.' },
  invalid_idempotency_key: { status: 422, message: 'The idempotency key is not in the form this endpoint accepts.' },
  idempotency_conflict: {
    status: 409,
    message: 'This idempotency key was already used for a different request. Nothing was stored; send new content with a new key.',
  },
  contribution_not_found: { status: 404, message: 'No contribution matches this ID and secret.' },
  reply_key_invalid: {
    status: 422,
    message:
      'The reply key must be an OpenPGP key pair whose private key is protected with Argon2, with the access code of its passphrase.',
  },
  conversation_not_found: { status: 404, message: 'No conversation matches this receipt code and passphrase.' },
  conversation_closed: {
    status: 409,
    message: 'The focal point closed this conversation. Nothing was stored; send a new message instead.',
  },
  no_reply_key: { status: 409, message: 'This message was sent without a reply key, so it cannot be answered here.' },
  reply_not_found: { status: 404, message: 'There is no reply with this id that the defender has read.' },
};

export function statusOf(code: RefusalCode): ContentfulStatusCode {
  return REFUSALS[code].status;
}
