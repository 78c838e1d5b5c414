// A short secret sealed under the idempotency key a client holds, so that a retry of the same request
// gets its receipt back while the server, which keeps only the sealed bytes and a hash of the key,
// cannot read it on its own: a contribution's secret, a message's receipt code.
// AES-256-GCM with a key derived by HKDF-SHA-256 from the client's key and bound to a context (the
// contribution ID, or what the secret is); stored as hex: a random 12-byte IV, then ciphertext and tag.
import { sha256Hex, toHex } from './digest';

const SALT = new TextEncoder().encode('hrd-portal/sealed-secret/v1');

/** The hash by which a sealed value is found again; it reveals nothing of the sealing key. */
export function lookupHash(clientKey: string): Promise<string> {
  return sha256Hex(`lookup:${clientKey}`);
}
const IV_BYTES = 12;

async function sealingKey(idempotencyKey: string, context: string): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(idempotencyKey), 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: SALT, info: new TextEncoder().encode(context) },
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

export async function sealSecret(secret: string, idempotencyKey: string, context: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await sealingKey(idempotencyKey, context);
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(secret));
  return toHex(iv) + toHex(sealed);
}

/** The secret, or undefined when the sealed bytes are damaged or were sealed under another key or context. */
export async function openSecret(sealed: string, idempotencyKey: string, context: string): Promise<string | undefined> {
  const bytes = fromHex(sealed);
  if (!bytes || bytes.length <= IV_BYTES) return undefined;
  try {
    const key = await sealingKey(idempotencyKey, context);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.subarray(0, IV_BYTES) }, key, bytes.subarray(IV_BYTES));
    return new TextDecoder().decode(plain);
  } catch {
    return undefined;
  }
}
