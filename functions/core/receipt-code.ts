// Receipt codes: random bits written in Crockford base32 in groups of four characters (easy to copy
// by hand: no I, L, O or U). A receipt code has 80 bits in 16 characters; a secret code has 140 bits
// in 28 characters, for what must withstand guessing on its own. Only a SHA-256 of the normalized
// code is stored.
import { sha256Hex } from './digest';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 16 characters, 80 bits: receipts of messages, the form's idempotency key. */
export const RECEIPT_CODE_LENGTH = 16;
/** 28 characters, 140 bits: the secret that opens a consultation contribution. */
export const SECRET_CODE_LENGTH = 28;

/** `length` Crockford base32 characters of `bytes` (which must hold length × 5 bits), in groups of four. */
export function encodeCode(bytes: Uint8Array, length: number): string {
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xfff;
    bits += 8;
    while (bits >= 5 && code.length < length) {
      code += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return code.match(/.{4}/g)?.join('-') ?? code;
}

/** `length` random Crockford base32 characters, in groups of four joined by hyphens. */
export function newCode(length: number): string {
  return encodeCode(crypto.getRandomValues(new Uint8Array(Math.ceil((length * 5) / 8))), length);
}

export function newReceiptCode(): string {
  return newCode(RECEIPT_CODE_LENGTH);
}

export function newSecretCode(): string {
  return newCode(SECRET_CODE_LENGTH);
}

/**
 * Upper case, separators dropped, and the letters people confuse read as the digits they look like;
 * undefined unless the result is a code of one of `lengths`.
 */
export function normalizeReceiptCode(input: string, lengths: readonly number[] = [RECEIPT_CODE_LENGTH]): string | undefined {
  const code = input
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return lengths.includes(code.length) && [...code].every((char) => ALPHABET.includes(char)) ? code : undefined;
}

export function receiptHash(normalizedCode: string): Promise<string> {
  return sha256Hex(normalizedCode);
}
