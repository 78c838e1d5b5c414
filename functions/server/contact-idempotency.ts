// A retry of the same message (a reloaded page, a lost response) gets the first receipt back instead
// of storing the message twice. The row keeps only a lookup hash of the client's key and, sealed under
// that key, the receipt code with a hash of what made the message (so a different message under the
// same key is a conflict, not a silent replay). Without the key, the server can read neither.
import { sha256Hex } from '../core/digest';
import { Refusal } from '../core/errors';
import { lookupHash, openSecret, sealSecret } from '../core/sealed';
import { type IdempotentMessage, messageByIdempotencyHash } from './stores/contact-messages';

export interface Idempotency {
  key: string;
  /** What makes a retry the same message: the ciphertext as the browser sent it, or the form's fields. */
  content: string;
}

const SEALING_CONTEXT = 'contact-receipt';

interface Sealed {
  receipt: string;
  contentSha256: string;
}

export async function sealReceipt(idempotency: Idempotency | undefined, receipt: string) {
  if (!idempotency) return { idempotencyHash: null, sealedReceipt: null };
  const sealed: Sealed = { receipt, contentSha256: await sha256Hex(idempotency.content) };
  return {
    idempotencyHash: await lookupHash(idempotency.key),
    sealedReceipt: await sealSecret(JSON.stringify(sealed), idempotency.key, SEALING_CONTEXT),
  };
}

/** The receipt of a message stored earlier under this key, or a conflict if it was another message. */
export async function receiptOf(earlier: IdempotentMessage, delegationId: string, idempotency: Idempotency): Promise<string> {
  const opened = await openSecret(earlier.sealed_receipt, idempotency.key, SEALING_CONTEXT);
  const sealed = opened ? (JSON.parse(opened) as Sealed) : undefined;
  if (!sealed || earlier.concerns_delegation_id !== delegationId || sealed.contentSha256 !== (await sha256Hex(idempotency.content)))
    throw new Refusal('idempotency_conflict');
  return sealed.receipt;
}

/** The receipt of the message stored earlier under this key, undefined if none, a conflict if it was another message. */
export async function earlierReceipt(env: Env, delegationId: string, idempotency: Idempotency | undefined): Promise<string | undefined> {
  if (!idempotency) return undefined;
  const earlier = await messageByIdempotencyHash(env.DB, await lookupHash(idempotency.key));
  return earlier ? receiptOf(earlier, delegationId, idempotency) : undefined;
}
