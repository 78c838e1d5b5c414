// The defender's side of a conversation: opening it with the receipt code and the access code of the
// passphrase, reading it, following up, deleting a reply once read. A wrong code or passphrase gets
// the same refusal as a receipt that does not exist, and counts against a limit; past it, even the
// right pair is refused for the rest of the hour, so guessing gains nothing.
import { readKey } from 'openpgp';
import { MESSAGE_BUCKETS } from '../core/contact/envelope';
import { ACCESS_CODE, accessHash } from '../core/contact/reply-key';
import { Refusal } from '../core/errors';
import { normalizeReceiptCode, receiptHash } from '../core/receipt-code';
import type { ConversationEntry } from '../core/staff-api';
import { type Admission, admit, contactScope, verified } from './contact-service';
import { delegationKey } from './content/keys';
import { focalPointNotices } from './message-storage';
import { giveBackToLimit, peekAtLimit, takeFromLimit } from './rate-limit';
import { passphraseFailuresPerHour } from './settings';
import { type ConversationRow, conversationByReceiptHash, type MessageStatus, setMessageStatus } from './stores/contact-messages';
import { deleteReadReply, entriesOf, insertEntry, markRepliesRead } from './stores/conversation-entries';

export interface ConversationAccess {
  code: string;
  /** accessCode(passphrase), computed by the browser or, without JavaScript, by the Worker. */
  access: string;
  clientAddress: string;
  now: Date;
}

export interface ConversationView {
  status: MessageStatus;
  desk: string;
  concerns: string;
  /** The reply key's private half, still protected by the passphrase. */
  replyKey: string;
  /** The first message, then follow-ups and replies, oldest first. */
  entries: ConversationEntry[];
}

const FAILURE_SCOPE = 'conversation-failures';

async function matchingConversation(env: Env, access: ConversationAccess): Promise<ConversationRow | undefined> {
  const code = normalizeReceiptCode(access.code);
  if (!code || !ACCESS_CODE.test(access.access)) return undefined;
  const row = await conversationByReceiptHash(env.DB, await receiptHash(code));
  return row?.reply_access_hash && row.reply_access_hash === (await accessHash(access.access)) ? row : undefined;
}

/** The conversation behind this receipt code and passphrase; refused alike when either is wrong. */
export async function openConversation(env: Env, access: ConversationAccess): Promise<ConversationRow> {
  const limit = passphraseFailuresPerHour(env);
  const state = await peekAtLimit(env, FAILURE_SCOPE, access.clientAddress, limit, access.now);
  if (!state.allowed) throw new Refusal('rate_limited', { retryAfterSeconds: state.retryAfterSeconds });
  const row = await matchingConversation(env, access);
  if (row) return row;
  await takeFromLimit(env, FAILURE_SCOPE, access.clientAddress, limit, access.now);
  throw new Refusal('conversation_not_found');
}

/** A conversation's entries as ciphertext, oldest first: the first message, then what followed it. */
export async function conversationEntries(
  db: D1Database,
  row: Pick<ConversationRow, 'id' | 'created_day' | 'ciphertext'>,
): Promise<ConversationEntry[]> {
  const later = await entriesOf(db, row.id);
  return [
    { id: row.id, author: 'defender', day: row.created_day, ciphertext: row.ciphertext },
    ...later.map((entry) => ({ id: entry.id, author: entry.author, day: entry.created_day, ciphertext: entry.ciphertext })),
  ];
}

/** The whole conversation as ciphertext; the replies in it count as read from now on. */
export async function readConversation(env: Env, access: ConversationAccess): Promise<ConversationView> {
  const row = await openConversation(env, access);
  const entries = await conversationEntries(env.DB, row);
  await markRepliesRead(env.DB, row.id).run();
  return {
    status: row.status,
    desk: row.delegation_id,
    concerns: row.concerns_delegation_id,
    replyKey: row.reply_private_key ?? '',
    entries,
  };
}

/** The keys every later entry of this conversation must be encrypted to: the desk's, then the reply key. */
export async function conversationKeys(row: Pick<ConversationRow, 'delegation_id' | 'reply_public_key'>) {
  const deskKey = await delegationKey(row.delegation_id);
  if (!deskKey || !row.reply_public_key) throw new Refusal('no_reply_key');
  return [deskKey, await readKey({ armoredKey: row.reply_public_key })];
}

export interface FollowUp extends ConversationAccess, Admission {
  /** The ciphertext to the conversation's keys: the browser's as sent, or the Worker's own encryption. */
  encrypt(keys: Awaited<ReturnType<typeof conversationKeys>>): Promise<string>;
}

/** Adds the defender's follow-up (same padding, same limit as a message about that delegation); the desk sees it as new. */
export async function followUp(env: Env, request: FollowUp): Promise<void> {
  const row = await openConversation(env, request);
  if (row.status === 'closed') throw new Refusal('conversation_closed');
  const keys = await conversationKeys(row);
  const armored = await request.encrypt(keys).catch(() => {
    throw new Refusal('encryption_failed');
  });
  const { bucket } = await verified(armored, keys, MESSAGE_BUCKETS);
  const scope = contactScope(row.concerns_delegation_id);
  const counted = await admit(env, request, scope);
  const entry = {
    id: crypto.randomUUID(),
    messageId: row.id,
    author: 'defender' as const,
    ciphertext: armored,
    sizeBucket: bucket,
    day: request.now.toISOString().slice(0, 10),
  };
  try {
    await env.DB.batch([
      insertEntry(env.DB, entry),
      setMessageStatus(env.DB, row.id, 'received'),
      ...focalPointNotices(env, row.delegation_id, row.concerns_delegation_id, request.now),
    ]);
  } catch {
    if (counted) await giveBackToLimit(env, scope, request.clientAddress, request.now).catch(() => undefined);
    throw new Refusal('storage_unavailable');
  }
}

/** Deletes a reply the defender has read. */
export async function deleteReply(env: Env, access: ConversationAccess, replyId: string): Promise<void> {
  const row = await openConversation(env, access);
  if (!(await deleteReadReply(env.DB, row.id, replyId))) throw new Refusal('reply_not_found');
}
