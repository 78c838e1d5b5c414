// Receipt codes: 80 random bits written as 16 Crockford base32 characters in groups of four
// (easy to copy by hand: no I, L, O or U). Only a SHA-256 of the normalized code is stored.
import { sha256Hex } from './digest';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 16;

export function newReceiptCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      code += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return code.match(/.{4}/g)?.join('-') ?? code;
}

/** Upper case, separators dropped, and the letters people confuse read as the digits they look like. */
export function normalizeReceiptCode(input: string): string | undefined {
  const code = input
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return code.length === CODE_LENGTH && [...code].every((char) => ALPHABET.includes(char)) ? code : undefined;
}

export function receiptHash(normalizedCode: string): Promise<string> {
  return sha256Hex(normalizedCode);
}
