// Sealing a short secret under a client's key (AES-GCM, key from SHA-256), so that what the server
// stores can be read back only by someone who presents that key again. Also the hash that finds it.
import { sha256Hex, toHex } from './digest';

const encoder = new TextEncoder();

async function aesKey(clientKey: string): Promise<CryptoKey> {
  const material = await crypto.subtle.digest('SHA-256', encoder.encode(`seal:${clientKey}`));
  return crypto.subtle.importKey('raw', material, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

const fromHex = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));

/** The hash by which a key's sealed value is found; independent of the sealing key. */
export function lookupHash(clientKey: string): Promise<string> {
  return sha256Hex(`lookup:${clientKey}`);
}

export async function seal(clientKey: string, secret: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await aesKey(clientKey), encoder.encode(secret));
  return `${toHex(iv)}${toHex(sealed)}`;
}

/** The secret, or undefined when the key is not the one it was sealed under. */
export async function unseal(clientKey: string, sealed: string): Promise<string | undefined> {
  try {
    const bytes = fromHex(sealed);
    const opened = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.slice(0, 12) }, await aesKey(clientKey), bytes.slice(12));
    return new TextDecoder().decode(opened);
  } catch {
    return undefined;
  }
}
