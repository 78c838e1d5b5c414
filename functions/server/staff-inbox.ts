// What staff do with defenders' messages: list a desk's ciphertexts, read a conversation, answer it
// with ciphertext to exactly the desk key and the reply key, fetch an encrypted attachment, change a
// message's status. Each step checks the person may read that desk.
import { MESSAGE_BUCKETS } from '../core/contact/envelope';
import { Refusal } from '../core/errors';
import type { StaffConversation, StaffMessage } from '../core/staff-api';
import { verified } from './contact-service';
import { armoredDelegationKeys } from './content/keys';
import { conversationEntries, conversationKeys } from './conversation-service';
import { requireDelegation, type StaffMember } from './staff-auth';
import { conversationById, liveMessage, messagesOfDelegation, setMessageStatus } from './stores/contact-messages';
import { insertEntry } from './stores/conversation-entries';

export async function delegationMessages(env: Env, staff: StaffMember, delegationId: string): Promise<StaffMessage[]> {
  requireDelegation(staff, delegationId);
  return (await messagesOfDelegation(env.DB, delegationId)).map((row) => ({
    id: row.id,
    concerns: row.concerns_delegation_id,
    receivedOn: row.created_day,
    status: row.status,
    sizeBucket: row.size_bucket,
    ciphertext: row.ciphertext,
    attachment: row.attachment_key ? `/api/staff/messages/${row.id}/attachment` : null,
  }));
}

/** The message row, if it exists and this person may read its desk. */
function readableBy<Row extends { delegation_id: string }>(staff: StaffMember, row: Row | null): Row {
  if (!row) throw new Refusal('message_not_found');
  requireDelegation(staff, row.delegation_id);
  return row;
}

async function readableMessage(env: Env, staff: StaffMember, id: string) {
  return readableBy(staff, await liveMessage(env.DB, id));
}

export async function messageAttachment(env: Env, staff: StaffMember, id: string): Promise<R2ObjectBody> {
  const row = await readableMessage(env, staff, id);
  const object = row.attachment_key ? await env.ATTACHMENTS.get(row.attachment_key) : null;
  if (!object) throw new Refusal('attachment_not_found');
  return object;
}

export type StaffStatus = 'read' | 'answered' | 'closed';

export async function changeMessageStatus(env: Env, staff: StaffMember, id: string, status: StaffStatus): Promise<void> {
  await readableMessage(env, staff, id);
  await setMessageStatus(env.DB, id, status).run();
}

/** The desks this person may read: delegations with a key, and the headquarters desk. */
export function staffDesks(staff: StaffMember): string[] {
  return [...armoredDelegationKeys().keys()].filter((desk) => staff.mayRead(desk)).sort();
}

async function readableConversation(env: Env, staff: StaffMember, id: string) {
  return readableBy(staff, await conversationById(env.DB, id));
}

export async function staffConversation(env: Env, staff: StaffMember, id: string): Promise<StaffConversation> {
  const row = await readableConversation(env, staff, id);
  return {
    id,
    desk: row.delegation_id,
    concerns: row.concerns_delegation_id,
    status: row.status,
    receivedOn: row.created_day,
    replyKey: row.reply_public_key,
    entries: await conversationEntries(env.DB, row),
  };
}

/** Stores a reply: ciphertext to exactly the desk key and the reply key, padded; the message is then answered. */
export async function replyToConversation(env: Env, staff: StaffMember, id: string, armored: string, now: Date): Promise<string> {
  const row = await readableConversation(env, staff, id);
  const keys = await conversationKeys(row);
  const { bucket } = await verified(armored, keys, MESSAGE_BUCKETS);
  const entry = {
    id: crypto.randomUUID(),
    messageId: id,
    author: 'staff' as const,
    ciphertext: armored,
    sizeBucket: bucket,
    day: now.toISOString().slice(0, 10),
  };
  try {
    await env.DB.batch([insertEntry(env.DB, entry), setMessageStatus(env.DB, id, 'answered')]);
  } catch {
    throw new Refusal('storage_unavailable');
  }
  return entry.id;
}
