// The Worker's side of reply keys, for defenders without JavaScript: it makes the key pair in memory
// for one response, and opens the key for one response when the defender gives the passphrase back.
// Nothing here is stored; the caller stores only what ReplyKey holds, never the passphrase.
import type { PrivateKey } from 'openpgp';
import { generateReplyKey, type ReplyKey, unlockReplyKey } from '../core/contact/reply-key';
import { installArgon2Wasm } from './argon2-wasm';

installArgon2Wasm();

export function makeReplyKey(passphrase: string): Promise<ReplyKey> {
  return generateReplyKey(passphrase);
}

export function openReplyKey(privateArmored: string, passphrase: string): Promise<PrivateKey | undefined> {
  return unlockReplyKey(privateArmored, passphrase);
}
