// Shared by the conversation tests: a defender who opens a conversation through the API as the
// browser does (a reply key and its passphrase made on the device), and the staff side of it.
import { env } from 'cloudflare:workers';
import { type Key, readKey } from 'openpgp';
import { encryptConversationText } from '../../functions/core/contact/conversation';
import { encryptContact } from '../../functions/core/contact/encryption';
import { accessCode, generateReplyKey, newPassphrase, normalizePassphrase, type ReplyKey } from '../../functions/core/contact/reply-key';
import { normalizeReceiptCode, receiptHash } from '../../functions/core/receipt-code';
import { installArgon2Wasm } from '../../functions/server/argon2-wasm';
import { accessToken } from './access-token';
import { DELEGATION, fetchWorker, postContact, russiaKey } from './contact-helpers';

export interface Defender {
  receipt: string;
  passphrase: string;
  access: string;
  replyKey: ReplyKey;
  replyPublic: Key;
}

installArgon2Wasm();

export async function startConversation(message: string, address = '198.51.100.20'): Promise<Defender> {
  const passphrase = newPassphrase();
  // With the browser's Argon2 parameters, which the API requires of a key it is sent.
  const replyKey = await generateReplyKey(passphrase);
  const replyPublic = await readKey({ armoredKey: replyKey.publicKey });
  const encrypted = await encryptContact([await russiaKey(), replyPublic], DELEGATION, { message, replyTo: '', name: '' });
  const response = await postContact({ ...encrypted, replyKey }, { address });
  if (response.status !== 201) throw new Error(`contact answered ${response.status}: ${await response.text()}`);
  const { receipt } = await response.json<{ receipt: string }>();
  return { receipt, passphrase, access: await accessCode(normalizePassphrase(passphrase) ?? ''), replyKey, replyPublic };
}

export function asDefender(path: string, body: unknown, address = '198.51.100.20') {
  return fetchWorker(`/api/receipts/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': address },
    body: JSON.stringify(body),
  });
}

export async function asStaff(path: string, init: RequestInit = {}, email = 'russia.desk@eeas.example') {
  return fetchWorker(path, {
    ...init,
    headers: { 'Cf-Access-Jwt-Assertion': await accessToken(email), 'Content-Type': 'application/json' },
  });
}

/** The id of the message behind a receipt, as staff know it. */
export async function messageIdOf(receipt: string): Promise<string> {
  const hash = await receiptHash(normalizeReceiptCode(receipt) ?? '');
  const row = await env.DB.prepare('SELECT id FROM contact_messages WHERE receipt_hash = ?').bind(hash).first<{ id: string }>();
  if (!row) throw new Error('no message stored for this receipt');
  return row.id;
}

export async function staffReply(id: string, text: string, keys: Key[]) {
  return asStaff(`/api/staff/messages/${id}/replies`, {
    method: 'POST',
    body: JSON.stringify({ ciphertext: await encryptConversationText(text, keys) }),
  });
}
