// Writes a message so that a failure leaves nothing: the attachment goes to R2 first, then the
// message row and its notifications in one D1 batch; if that batch fails the R2 object is removed.
import { ApiError } from './api-error';
import { delegationMailboxes } from './delegation-mailboxes';
import { newReceiptCode, normalizeReceiptCode, receiptHash } from './receipt-code';

const DAY_SECONDS = 86_400;

export interface StoredCiphertext {
  armored: string;
  bucket: number;
}

export interface NewMessage {
  delegationId: string;
  message: StoredCiphertext;
  attachment?: StoredCiphertext | undefined;
  now: Date;
  retentionDays: number;
}

function storageFailure(): ApiError {
  return new ApiError(503, 'storage_unavailable', 'The message could not be stored. Nothing was kept; please try again later.');
}

export const NOTICE_SUBJECT = 'A secure message is waiting';

function noticeBody(delegationId: string): string {
  return [
    `A new encrypted message for the EU delegation "${delegationId}" is waiting on the portal.`,
    'Fetch it through the staff export and decrypt it with the delegation key.',
    'This notice contains nothing from the message and nothing about its sender.',
  ].join('\n');
}

export async function storeMessage(env: Env, input: NewMessage): Promise<string> {
  const id = crypto.randomUUID();
  const code = newReceiptCode();
  const hash = await receiptHash(normalizeReceiptCode(code) ?? code);
  const day = input.now.toISOString().slice(0, 10);
  const expiresAt = Date.parse(`${day}T00:00:00Z`) / 1000 + input.retentionDays * DAY_SECONDS;
  const attachmentKey = input.attachment ? `attachments/${id}` : null;
  if (input.attachment && attachmentKey) {
    await env.ATTACHMENTS.put(attachmentKey, input.attachment.armored).catch(() => {
      throw storageFailure();
    });
  }
  const insertMessage = env.DB.prepare(
    `INSERT INTO contact_messages (id, delegation_id, receipt_hash, ciphertext, size_bucket, attachment_key, attachment_bucket, status, created_day, expires_at, purge_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?)`,
  ).bind(
    id,
    input.delegationId,
    hash,
    input.message.armored,
    input.message.bucket,
    attachmentKey,
    input.attachment?.bucket ?? null,
    day,
    expiresAt,
    expiresAt + input.retentionDays * DAY_SECONDS,
  );
  const notices = delegationMailboxes(input.delegationId).map((recipient) =>
    env.DB.prepare('INSERT INTO outbox (id, recipient, subject, body, created_at) VALUES (?, ?, ?, ?, ?)').bind(
      crypto.randomUUID(),
      recipient,
      NOTICE_SUBJECT,
      noticeBody(input.delegationId),
      Math.floor(input.now.getTime() / 1000),
    ),
  );
  try {
    await env.DB.batch([insertMessage, ...notices]);
  } catch {
    if (attachmentKey) await env.ATTACHMENTS.delete(attachmentKey).catch(() => undefined);
    throw storageFailure();
  }
  return code;
}
