// Accepting a defender's message, for the JSON API and the no-JavaScript form alike: the
// delegation must have a key, what gets stored must be ciphertext to that key padded to a size
// bucket, and only then is the message counted against the client's limit for that delegation, so
// junk never locks anyone out. Past the limit a person can still send by answering a challenge.
// Encryption failing means nothing is stored. A message that opens a conversation carries its reply
// key, and is then encrypted to exactly the desk key and the reply key. A retry under the same
// idempotency key gets the first receipt and does not count; the write that would store it finds the
// first message in the same D1 round trip.
import type { Key } from 'openpgp';
import type { ChallengeAnswer, ChallengeKind } from '../core/challenge';
import { checkCiphertext } from '../core/contact/ciphertext-check';
import type { EncryptedContact } from '../core/contact/encryption';
import { MESSAGE_BUCKETS } from '../core/contact/envelope';
import { ACCESS_CODE, checkReplyKey, type ReplyKey, type UsableReplyKey, usableReplyKey } from '../core/contact/reply-key';
import { ATTACHMENT_BUCKETS } from '../core/contact/tar';
import { isRefusal, Refusal } from '../core/errors';
import { earlierReceipt, type Idempotency, receiptOf } from './contact-idempotency';
import { routeFor } from './contact-routing';
import { type StoreResult, storeMessage } from './message-storage';
import { giveBackToLimit, offerChallenge, redeemChallenge, takeFromLimit } from './rate-limit';
import { messagesPerHour, retentionDays } from './settings';

export interface ContactRequest {
  delegationId: string;
  clientAddress: string;
  now: Date;
  /**
   * Produces the ciphertext to `keys` (the desk's, then the reply key if any): the browser's as sent,
   * or the Worker's own encryption.
   */
  encrypt(keys: readonly Key[], desk: string): Promise<EncryptedContact>;
  /**
   * The conversation's reply key, so that the focal point can answer inside the channel: one the
   * browser sent (checked by sentReplyKey), or one the Worker makes.
   */
  replyKey?: (() => Promise<UsableReplyKey>) | undefined;
  /** The challenge this client can answer past the limit: a proof of work with JavaScript, a question (the default) without. */
  challengeKind?: ChallengeKind;
  /** The answer to a challenge offered earlier, which admits the message whatever the count. */
  challenge?: ChallengeAnswer | undefined;
  /**
   * Makes a retry of the same message return the first receipt instead of storing it twice. `content`
   * is what makes it the same message (the ciphertext as sent, or the form's fields); only a hash of
   * it is kept, sealed with the receipt under the key.
   */
  idempotency?: Idempotency | undefined;
}

export async function verified(armored: string, keys: readonly Key[], buckets: readonly number[]) {
  const result = await checkCiphertext(armored, keys, buckets);
  if ('problem' in result) throw new Refusal(result.problem);
  return { armored, bucket: result.bucket };
}

export type Admission = Pick<ContactRequest, 'clientAddress' | 'now' | 'challengeKind' | 'challenge'>;

/** Admits a valid message: by a solved challenge, or by a count under the limit. Returns whether it was counted. */
export async function admit(env: Env, request: Admission, scope: string): Promise<boolean> {
  if (request.challenge) {
    if (await redeemChallenge(env, request.challenge, request.now)) return false;
    throw new Refusal('challenge_failed', { challenge: await offerChallenge(env, request.challengeKind ?? 'question', request.now) });
  }
  const decision = await takeFromLimit(env, scope, request.clientAddress, messagesPerHour(env), request.now);
  if (decision.allowed) return true;
  throw new Refusal('rate_limited', {
    retryAfterSeconds: decision.retryAfterSeconds,
    challenge: await offerChallenge(env, request.challengeKind ?? 'question', request.now),
  });
}

/** A reply key that a browser sent, refused unless it is one the server cannot open. */
export async function sentReplyKey(sent: ReplyKey): Promise<UsableReplyKey> {
  const key = ACCESS_CODE.test(sent.access) ? await checkReplyKey(sent.publicKey, sent.privateKey) : undefined;
  if (!key) throw new Refusal('reply_key_invalid');
  return usableReplyKey(sent, key);
}

async function replyKeyOf(request: ContactRequest): Promise<UsableReplyKey | undefined> {
  return request.replyKey?.().catch((error: unknown) => {
    throw isRefusal(error) ? error : new Refusal('encryption_failed');
  });
}

/** What messages and follow-ups about a delegation are counted under. */
export const contactScope = (delegationId: string) => `contact:${delegationId}`;

/** Admits the message, or answers a retry of one already stored with its receipt, whatever the limit. */
async function admitOrReplay(env: Env, request: ContactRequest, scope: string): Promise<{ counted: boolean } | { receipt: string }> {
  try {
    return { counted: await admit(env, request, scope) };
  } catch (error) {
    const earlier = await earlierReceipt(env, request.delegationId, request.idempotency);
    if (earlier) return { receipt: earlier };
    throw error;
  }
}

export async function acceptContact(env: Env, request: ContactRequest): Promise<string> {
  const route = await routeFor(request.delegationId);
  const reply = await replyKeyOf(request);
  const keys = reply ? [route.key, reply.key] : [route.key];
  const encrypted = await request.encrypt(keys, route.desk).catch((error: unknown) => {
    throw isRefusal(error) ? error : new Refusal('encryption_failed');
  });

  const message = await verified(encrypted.message, keys, MESSAGE_BUCKETS);
  const attachment = encrypted.attachment === undefined ? undefined : await verified(encrypted.attachment, keys, ATTACHMENT_BUCKETS);
  const scope = contactScope(request.delegationId);
  const admitted = await admitOrReplay(env, request, scope);
  if ('receipt' in admitted) return admitted.receipt;
  const giveBack = () =>
    admitted.counted ? giveBackToLimit(env, scope, request.clientAddress, request.now).catch(() => undefined) : Promise.resolve();
  let stored: StoreResult;
  try {
    stored = await storeMessage(env, {
      desk: route.desk,
      concerns: route.concerns,
      message,
      attachment,
      now: request.now,
      retentionDays: retentionDays(env),
      idempotency: request.idempotency,
      reply: reply?.stored ?? null,
    });
  } catch (error) {
    await giveBack();
    throw error;
  }
  if ('receipt' in stored) return stored.receipt;
  // The key was used before (a retry, or two tries at once): the same message gets the first receipt,
  // another one is a conflict; neither counts.
  await giveBack();
  if (!request.idempotency) throw new Refusal('storage_unavailable');
  return receiptOf(stored.earlier, request.delegationId, request.idempotency);
}
