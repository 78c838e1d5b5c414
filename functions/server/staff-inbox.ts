// What staff do with defenders' messages: list a delegation's ciphertexts, fetch an encrypted
// attachment, mark a message read or answered. Each step checks the person may read that delegation.
import { Refusal } from '../core/errors';
import { requireDelegation, type StaffMember } from './staff-auth';
import { liveMessage, type MessageStatus, messagesOfDelegation, setMessageStatus } from './stores/contact-messages';

export interface StaffMessage {
  id: string;
  /** The delegation the message concerns (for the headquarters desk, the one without a key). */
  concerns: string;
  receivedOn: string;
  status: MessageStatus;
  sizeBucket: number;
  ciphertext: string;
  attachment: string | null;
}

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

async function readableMessage(env: Env, staff: StaffMember, id: string) {
  const row = await liveMessage(env.DB, id);
  if (!row) throw new Refusal('message_not_found');
  requireDelegation(staff, row.delegation_id);
  return row;
}

export async function messageAttachment(env: Env, staff: StaffMember, id: string): Promise<R2ObjectBody> {
  const row = await readableMessage(env, staff, id);
  const object = row.attachment_key ? await env.ATTACHMENTS.get(row.attachment_key) : null;
  if (!object) throw new Refusal('attachment_not_found');
  return object;
}

export async function changeMessageStatus(env: Env, staff: StaffMember, id: string, status: 'read' | 'answered'): Promise<void> {
  await readableMessage(env, staff, id);
  await setMessageStatus(env.DB, id, status);
}
