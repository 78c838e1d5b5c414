// Accepting a defender's message, for the JSON API and the no-JavaScript form alike: the
// delegation must have a key, the client must be within its rate limit, and what gets stored must
// be ciphertext to that key, padded to a size bucket. Encryption failing means nothing is stored.
import type { EncryptedContact } from '../../src/lib/contact-crypto';
import { MESSAGE_BUCKETS } from '../../src/lib/contact-envelope';
import { ATTACHMENT_BUCKETS } from '../../src/lib/tar';
import { ApiError } from './api-error';
import { checkCiphertext } from './ciphertext-check';
import { storeMessage } from './contact-store';
import { delegationKey } from './delegation-keys';
import { knownDelegation } from './delegation-mailboxes';
import { positiveInteger } from './env-number';
import { hitRateLimit } from './rate-limit';

const DEFAULT_MESSAGES_PER_HOUR = 5;
const DEFAULT_RETENTION_DAYS = 90;

export interface ContactRequest {
  delegationId: string;
  clientAddress: string;
  now: Date;
  /** Produces the ciphertext: the browser's as sent, or the Worker's own encryption. */
  encrypt(key: Awaited<ReturnType<typeof delegationKey>> & object): Promise<EncryptedContact>;
}

const PROBLEMS = {
  not_openpgp: 'The body must be an OpenPGP message encrypted to the delegation key.',
  wrong_recipient: 'The message is not encrypted to this delegation key.',
  not_padded: 'The message was not padded to a size bucket.',
} as const;

export function retentionDays(env: Env): number {
  return positiveInteger(env.RETENTION_DAYS, DEFAULT_RETENTION_DAYS);
}

export async function requireDelegationKey(delegationId: string) {
  if (!knownDelegation(delegationId)) throw new ApiError(404, 'delegation_not_found', 'There is no delegation with this id.');
  const key = await delegationKey(delegationId);
  if (!key) throw new ApiError(404, 'no_secure_channel', 'This delegation has no key for secure messages.');
  return key;
}

async function verified(armored: string, key: Parameters<typeof checkCiphertext>[1], buckets: readonly number[]) {
  const result = await checkCiphertext(armored, key, buckets);
  if ('problem' in result) throw new ApiError(422, result.problem, PROBLEMS[result.problem]);
  return { armored, bucket: result.bucket };
}

export async function acceptContact(env: Env, request: ContactRequest): Promise<string> {
  const key = await requireDelegationKey(request.delegationId);
  const limit = await hitRateLimit(
    env.DB,
    'contact',
    request.clientAddress,
    positiveInteger(env.CONTACT_RATE_LIMIT, DEFAULT_MESSAGES_PER_HOUR),
    request.now,
  );
  if (!limit.allowed) {
    throw new ApiError(429, 'rate_limited', 'Too many messages from this connection. Try again later.', {
      'Retry-After': String(limit.retryAfterSeconds),
    });
  }
  const encrypted = await request.encrypt(key).catch((error: unknown) => {
    if (error instanceof ApiError) throw error;
    throw new ApiError(500, 'encryption_failed', 'The message could not be encrypted, so it was not sent. Nothing was stored.');
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
