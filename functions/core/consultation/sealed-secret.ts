// The secret of a contribution, sealed under the idempotency key that the submitter's form holds, so
// that a retry of the same submission gets its receipt back, secret included, while the server, which
// keeps only the sealed bytes and a hash of the key, cannot read the secret on its own.
// AES-256-GCM with a key derived by HKDF-SHA-256 from the normalized idempotency key and bound to the
// contribution ID; stored as hex: a random 12-byte IV, then the ciphertext and its tag.
import { toHex } from '../digest';

const SALT = new TextEncoder().encode('hrd-portal/consultation/sealed-secret/v1');
const IV_BYTES = 12;

async function sealingKey(idempotencyKey: string, contributionId: string): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(idempotencyKey), 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: SALT, info: new TextEncoder().encode(contributionId) },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^(?:[0-9a-f]{2})+$/.test(hex)) return undefined;
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
}

export async function sealSecret(secret: string, idempotencyKey: string, contributionId: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await sealingKey(idempotencyKey, contributionId);
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(secret));
  return toHex(iv) + toHex(sealed);
}

/** The secret, or undefined when the sealed bytes are damaged or were sealed under another key or ID. */
export async function openSecret(sealed: string, idempotencyKey: string, contributionId: string): Promise<string | undefined> {
  const bytes = fromHex(sealed);
  if (!bytes || bytes.length <= IV_BYTES) return undefined;
  try {
    const key = await sealingKey(idempotencyKey, contributionId);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.subarray(0, IV_BYTES) }, key, bytes.subarray(IV_BYTES));
    return new TextDecoder().decode(plain);
  } catch {
    return undefined;
  }
}
