// Accepting a defender's message, for the JSON API and the no-JavaScript form alike: the
// delegation must have a key, the client must be within its rate limit, and what gets stored must
// be ciphertext to that key, padded to a size bucket. Encryption failing means nothing is stored.
import type { Key } from 'openpgp';
import { checkCiphertext } from '../core/contact/ciphertext-check';
import type { EncryptedContact } from '../core/contact/encryption';
import { MESSAGE_BUCKETS } from '../core/contact/envelope';
import { ATTACHMENT_BUCKETS } from '../core/contact/tar';
import { isRefusal, Refusal } from '../core/errors';
import { knownDelegation } from './content/delegations';
import { delegationKey } from './content/keys';
import { storeMessage } from './message-storage';
import { enforceRateLimit } from './rate-limit';
import { messagesPerHour, retentionDays } from './settings';

export interface ContactRequest {
  delegationId: string;
  clientAddress: string;
  now: Date;
  /** Produces the ciphertext: the browser's as sent, or the Worker's own encryption. */
  encrypt(key: Key): Promise<EncryptedContact>;
}

export async function requireDelegationKey(delegationId: string): Promise<Key> {
  if (!knownDelegation(delegationId)) throw new Refusal('delegation_not_found');
  const key = await delegationKey(delegationId);
  if (!key) throw new Refusal('no_secure_channel');
  return key;
}

async function verified(armored: string, key: Key, buckets: readonly number[]) {
  const result = await checkCiphertext(armored, key, buckets);
  if ('problem' in result) throw new Refusal(result.problem);
  return { armored, bucket: result.bucket };
}

export async function acceptContact(env: Env, request: ContactRequest): Promise<string> {
  const key = await requireDelegationKey(request.delegationId);
  await enforceRateLimit(env, 'contact', request.clientAddress, messagesPerHour(env), request.now);
  const encrypted = await request.encrypt(key).catch((error: unknown) => {
    throw isRefusal(error) ? error : new Refusal('encryption_failed');
  });
  const message = await verified(encrypted.message, key, MESSAGE_BUCKETS);
  const attachment = encrypted.attachment === undefined ? undefined : await verified(encrypted.attachment, key, ATTACHMENT_BUCKETS);
  return storeMessage(env, {
    delegationId: request.delegationId,
    message,
    attachment,
    now: request.now,
    retentionDays: retentionDays(env),
  });
}
