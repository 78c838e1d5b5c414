// A reply is encrypted in this browser to the desk's key (so that colleagues can read the thread)
// and to the defender's reply key, padded like every message, and only its ciphertext is sent.

import type { StaffConversation as Conversation } from '../../../functions/core/staff-api';
import { announce, showFailure } from './announce';
import { loadConversationCrypto, loadOpenpgp } from './crypto';
import { say } from './page-data';
import { postJson } from './session';

async function recipientKeys(conversation: Conversation) {
  const openpgp = await loadOpenpgp();
  const response = await fetch(`/keys/${encodeURIComponent(conversation.desk)}.asc`);
  if (!response.ok) throw new Error('the desk key could not be fetched');
  const deskKey = await openpgp.readKey({ armoredKey: await response.text() });
  const replyKey = await openpgp.readKey({ armoredKey: conversation.replyKey ?? '' });
  return [deskKey, replyKey];
}

/** Encrypts and sends the reply; says why when it could not. */
export async function sendReply(conversation: Conversation, text: string): Promise<boolean> {
  announce(say('staff.reply.encrypting'));
  let ciphertext: string;
  try {
    const { encryptConversationText } = await loadConversationCrypto();
    ciphertext = await encryptConversationText(text, await recipientKeys(conversation));
  } catch {
    showFailure(null, say('staff.reply.encryptionFailed'));
    return false;
  }
  try {
    await postJson(`/api/staff/messages/${encodeURIComponent(conversation.id)}/replies`, { ciphertext });
    return true;
  } catch (error) {
    showFailure(error, say('staff.error.network'));
    return false;
  }
}
