// The contact_messages table: the only place its SQL lives. Rows hold ciphertext, the size bucket,
// the day (not the time) of arrival, the status and a hash of the receipt code; never an address.
import type { MessageStatus } from '../../core/staff-api';
import { placeholders } from './sql';

export type { MessageStatus };

export interface NewMessageRow {
  id: string;
  /** The desk that reads it: the delegation, or the headquarters desk. */
  delegationId: string;
  concernsDelegationId: string;
  receiptHash: string;
  ciphertext: string;
  sizeBucket: number;
  attachmentKey: string | null;
  attachmentBucket: number | null;
  day: string;
  expiresAt: number;
  purgeAt: number;
  /** For a request that carried an idempotency key: its lookup hash and the receipt sealed under it. */
  idempotencyHash: string | null;
  sealedReceipt: string | null;
  /** The conversation's reply key, when the defender's side made one; null for a one-way message. */
  reply: { publicKey: string; privateKey: string; accessHash: string } | null;
}

export interface MessageRow {
  id: string;
  delegation_id: string;
  concerns_delegation_id: string;
  ciphertext: string;
  size_bucket: number;
  attachment_key: string | null;
  status: MessageStatus;
  created_day: string;
}

/**
 * The INSERT for a new message, to be run in one batch with its notices. It stores nothing when a live
 * message already holds the same idempotency key (the batch then reads that one instead).
 */
export function insertMessage(db: D1Database, row: NewMessageRow): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO contact_messages (id, delegation_id, receipt_hash, ciphertext, size_bucket, attachment_key, attachment_bucket, status, created_day,
       expires_at, purge_at, idempotency_hash, sealed_receipt, concerns_delegation_id, reply_public_key, reply_private_key, reply_access_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT DO NOTHING`,
    )
    .bind(
      row.id,
      row.delegationId,
      row.receiptHash,
      row.ciphertext,
      row.sizeBucket,
      row.attachmentKey,
      row.attachmentBucket,
      row.day,
      row.expiresAt,
      row.purgeAt,
      row.idempotencyHash,
      row.sealedReceipt,
      row.concernsDelegationId,
      row.reply?.publicKey ?? null,
      row.reply?.privateKey ?? null,
      row.reply?.accessHash ?? null,
    );
}

/** What a retry under an idempotency key is checked against and answered with. */
export interface IdempotentMessage {
  concerns_delegation_id: string;
  sealed_receipt: string;
}

/** The SELECT of the live message stored under an idempotency key, alone or at the end of the batch that tries to store one. */
export function messageByIdempotencyHashStatement(db: D1Database, idempotencyHash: string): D1PreparedStatement {
  return db
    .prepare('SELECT concerns_delegation_id, sealed_receipt FROM contact_messages WHERE idempotency_hash = ? AND ciphertext IS NOT NULL')
    .bind(idempotencyHash);
}

/** The message an earlier request with the same idempotency key stored, while it has not expired. */
export function messageByIdempotencyHash(db: D1Database, idempotencyHash: string): Promise<IdempotentMessage | null> {
  return messageByIdempotencyHashStatement(db, idempotencyHash).first<IdempotentMessage>();
}

export async function statusByReceiptHash(db: D1Database, receiptHash: string): Promise<MessageStatus | undefined> {
  const row = await db
    .prepare('SELECT status FROM contact_messages WHERE receipt_hash = ?')
    .bind(receiptHash)
    .first<{ status: MessageStatus }>();
  return row?.status;
}

export async function messagesOfDelegation(db: D1Database, delegationId: string): Promise<MessageRow[]> {
  const { results } = await db
    .prepare(
      `SELECT id, delegation_id, concerns_delegation_id, ciphertext, size_bucket, attachment_key, status, created_day FROM contact_messages
       WHERE delegation_id = ? AND ciphertext IS NOT NULL ORDER BY created_day, id`,
    )
    .bind(delegationId)
    .all<MessageRow>();
  return results;
}

export interface ConversationRow {
  id: string;
  delegation_id: string;
  concerns_delegation_id: string;
  ciphertext: string;
  size_bucket: number;
  status: MessageStatus;
  created_day: string;
  reply_public_key: string | null;
  reply_private_key: string | null;
  reply_access_hash: string | null;
}

const CONVERSATION_COLUMNS = `id, delegation_id, concerns_delegation_id, ciphertext, size_bucket, status, created_day,
  reply_public_key, reply_private_key, reply_access_hash`;

/** The live message behind a receipt, with its reply key. */
export function conversationByReceiptHash(db: D1Database, receiptHash: string): Promise<ConversationRow | null> {
  return db
    .prepare(`SELECT ${CONVERSATION_COLUMNS} FROM contact_messages WHERE receipt_hash = ? AND ciphertext IS NOT NULL`)
    .bind(receiptHash)
    .first<ConversationRow>();
}

/** A live message by its id, with its reply key. */
export function conversationById(db: D1Database, id: string): Promise<ConversationRow | null> {
  return db
    .prepare(`SELECT ${CONVERSATION_COLUMNS} FROM contact_messages WHERE id = ? AND ciphertext IS NOT NULL`)
    .bind(id)
    .first<ConversationRow>();
}

/** The delegation and attachment of a message that has not expired. */
export function liveMessage(db: D1Database, id: string): Promise<{ delegation_id: string; attachment_key: string | null } | null> {
  return db
    .prepare('SELECT delegation_id, attachment_key FROM contact_messages WHERE id = ? AND ciphertext IS NOT NULL')
    .bind(id)
    .first<{ delegation_id: string; attachment_key: string | null }>();
}

export function setMessageStatus(db: D1Database, id: string, status: MessageStatus): D1PreparedStatement {
  return db.prepare("UPDATE contact_messages SET status = ? WHERE id = ? AND status <> 'expired'").bind(status, id);
}

/** At most `limit` messages past their retention that still hold ciphertext. */
export async function messagesDueToExpire(
  db: D1Database,
  nowSeconds: number,
  limit: number,
): Promise<{ id: string; attachment_key: string | null }[]> {
  const { results } = await db
    .prepare('SELECT id, attachment_key FROM contact_messages WHERE expires_at <= ? AND ciphertext IS NOT NULL ORDER BY expires_at LIMIT ?')
    .bind(nowSeconds, limit)
    .all<{ id: string; attachment_key: string | null }>();
  return results;
}

/** Drops the ciphertext and attachment of these messages (at most 100); their receipts answer "expired" until purged. */
export function markExpired(db: D1Database, ids: readonly string[]): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE contact_messages SET ciphertext = NULL, attachment_key = NULL, idempotency_hash = NULL, sealed_receipt = NULL,
       reply_public_key = NULL, reply_private_key = NULL, reply_access_hash = NULL, status = 'expired' WHERE id IN (${placeholders(ids)})`,
    )
    .bind(...ids);
}

/** Forgets at most `limit` receipts past their purge date. */
export async function purgeMessages(db: D1Database, nowSeconds: number, limit: number): Promise<number> {
  const result = await db
    .prepare('DELETE FROM contact_messages WHERE id IN (SELECT id FROM contact_messages WHERE purge_at <= ? LIMIT ?)')
    .bind(nowSeconds, limit)
    .run();
  return result.meta.changes ?? 0;
}

/** Which of these attachment keys (at most 100) a message still refers to. */
export async function ownedAttachments(db: D1Database, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const { results } = await db
    .prepare(`SELECT attachment_key FROM contact_messages WHERE attachment_key IN (${placeholders(keys)})`)
    .bind(...keys)
    .all<{ attachment_key: string }>();
  return new Set(results.map((row) => row.attachment_key));
}
