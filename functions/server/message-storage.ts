// Writes a message so that a failure leaves nothing: the attachment goes to R2 first, then the
// message row and its notices in one D1 batch; if that batch fails the R2 object is removed. The same
// batch finds a message stored earlier under the request's idempotency key, in which case nothing new
// is kept.

import { Refusal } from '../core/errors';
import { newReceiptCode, normalizeReceiptCode, receiptHash } from '../core/receipt-code';
import { type Idempotency, sealReceipt } from './contact-idempotency';
import { deskMailboxes } from './contact-routing';
import { type IdempotentMessage, insertMessage, messageByIdempotencyHashStatement, type NewMessageRow } from './stores/contact-messages';
import { enqueueNotice, enqueueNoticeAfterInsert, type NewNotice } from './stores/outbox';

const DAY_SECONDS = 86_400;

export interface StoredCiphertext {
  armored: string;
  bucket: number;
}

export interface NewMessage {
  /** Who reads it: the delegation, or the headquarters desk. */
  desk: string;
  /** The delegation it concerns. */
  concerns: string;
  message: StoredCiphertext;
  attachment?: StoredCiphertext | undefined;
  now: Date;
  retentionDays: number;
  /** The client's idempotency key and what makes a retry the same message; the receipt is sealed under the key. */
  idempotency?: Idempotency | undefined;
  /** The conversation's reply key, as stored: public key, protected private key, hash of the access code. */
  reply: NewMessageRow['reply'];
}

export const NOTICE_SUBJECT = 'A secure message is waiting';

function noticeBody(desk: string, concerns: string): string {
  const about =
    desk === concerns ? `for the EU delegation "${concerns}"` : `about the EU delegation "${concerns}" for the headquarters desk`;
  return [
    `A new encrypted message ${about} is waiting on the portal.`,
    'Open it in the staff inbox, or fetch it through the staff export, and decrypt it with the delegation key.',
    'This notice contains nothing from the message and nothing about its sender.',
  ].join('\n');
}

/**
 * The "a message is waiting" notices to a desk's mailboxes, to run in the batch that stores the message
 * or the follow-up. `enqueue` is enqueueNoticeAfterInsert where the row may already exist.
 */
export function focalPointNotices(
  env: Env,
  desk: string,
  concerns: string,
  now: Date,
  enqueue: (db: D1Database, notice: NewNotice, now: Date) => D1PreparedStatement = enqueueNotice,
): D1PreparedStatement[] {
  return deskMailboxes(desk).map((recipient) =>
    enqueue(env.DB, { kind: 'focal_point', recipient, subject: NOTICE_SUBJECT, body: noticeBody(desk, concerns) }, now),
  );
}

/** The receipt code of the message stored (kept only as a hash), or the message stored earlier under the same idempotency key. */
export type StoreResult = { receipt: string } | { earlier: IdempotentMessage };

/** Stores the message and queues its notices, unless a message already holds its idempotency key. */
export async function storeMessage(env: Env, input: NewMessage): Promise<StoreResult> {
  const id = crypto.randomUUID();
  const code = newReceiptCode();
  const day = input.now.toISOString().slice(0, 10);
  const expiresAt = Date.parse(`${day}T00:00:00Z`) / 1000 + input.retentionDays * DAY_SECONDS;
  const attachmentKey = input.attachment ? `attachments/${id}` : null;
  if (input.attachment && attachmentKey) {
    await env.ATTACHMENTS.put(attachmentKey, input.attachment.armored).catch(() => {
      throw new Refusal('storage_unavailable');
    });
  }
  const sealed = await sealReceipt(input.idempotency, code);
  const row = insertMessage(env.DB, {
    id,
    delegationId: input.desk,
    concernsDelegationId: input.concerns,
    receiptHash: await receiptHash(normalizeReceiptCode(code) ?? code),
    ciphertext: input.message.armored,
    sizeBucket: input.message.bucket,
    attachmentKey,
    attachmentBucket: input.attachment?.bucket ?? null,
    day,
    expiresAt,
    purgeAt: expiresAt + input.retentionDays * DAY_SECONDS,
    ...sealed,
    reply: input.reply,
  });
  const notices = focalPointNotices(env, input.desk, input.concerns, input.now, enqueueNoticeAfterInsert);
  const earlier = sealed.idempotencyHash ? [messageByIdempotencyHashStatement(env.DB, sealed.idempotencyHash)] : [];
  let results: D1Result[];
  try {
    results = await env.DB.batch([row, ...notices, ...earlier]);
  } catch {
    if (attachmentKey) await env.ATTACHMENTS.delete(attachmentKey).catch(() => undefined);
    throw new Refusal('storage_unavailable');
  }
  if (results[0]?.meta.changes === 1) return { receipt: code };
  // Not stored: the key is held by an earlier message (or, a chance in 2^122, the ID was taken).
  if (attachmentKey) await env.ATTACHMENTS.delete(attachmentKey).catch(() => undefined);
  const found = results.at(-1)?.results[0] as IdempotentMessage | undefined;
  if (!sealed.idempotencyHash || !found) throw new Refusal('storage_unavailable');
  return { earlier: found };
}
