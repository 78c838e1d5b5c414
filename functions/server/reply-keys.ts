// The Worker's side of reply keys, for defenders without JavaScript: it makes the key pair in memory
// for one response, and opens the key for one response when the defender gives the passphrase back.
// Nothing here is stored; the caller stores only what ReplyKey holds, never the passphrase.
import type { PrivateKey } from 'openpgp';
import { makeReplyKeyPair, type UsableReplyKey, unlockReplyKey, usableReplyKey, WORKER_REPLY_KEY_ARGON2 } from '../core/contact/reply-key';
import { installArgon2Wasm } from './argon2-wasm';

installArgon2Wasm();

/** A reply key made here, ready to store and encrypt to: made by this code, it needs none of the checks a sent one gets. */
export async function makeUsableReplyKey(passphrase: string): Promise<UsableReplyKey> {
  const { armored, publicKey } = await makeReplyKeyPair(passphrase, WORKER_REPLY_KEY_ARGON2);
  return usableReplyKey(armored, publicKey);
}

export function openReplyKey(privateArmored: string, passphrase: string): Promise<PrivateKey | undefined> {
  return unlockReplyKey(privateArmored, passphrase);
}
