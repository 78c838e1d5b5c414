// The challenge a person answers when they reach a rate limit, so that the limit slows floods without
// locking anyone out: with JavaScript a proof of work (a nonce whose SHA-256 with the token starts with
// `difficulty` zero bits), without it a sum to write in digits. Neither needs a third party.
export type ChallengeKind = 'proof-of-work' | 'question';

export interface ChallengeOffer {
  kind: ChallengeKind;
  /** Signed by the limiter; names the kind, the expiry and, for a question, a hash of its answer. */
  token: string;
  /** For a proof of work: the zero bits the hash must start with. */
  difficulty?: number;
  /** For a question: the two numbers to add. */
  question?: { a: number; b: number };
}

export interface ChallengeAnswer {
  token: string;
  /** The nonce found for a proof of work, or the digits written for a question. */
  answer: string;
}

export const PROOF_OF_WORK_DIFFICULTY = 16;

export function leadingZeroBits(bytes: Uint8Array): number {
  let bits = 0;
  for (const byte of bytes) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export async function proofHash(token: string, nonce: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${token}:${nonce}`)));
}

export async function meetsDifficulty(token: string, nonce: string, difficulty: number): Promise<boolean> {
  return nonce.length <= 20 && leadingZeroBits(await proofHash(token, nonce)) >= difficulty;
}

/** Finds a nonce for the token (in the browser); about 2^difficulty hashes on average. */
export async function solveProofOfWork(token: string, difficulty: number): Promise<string> {
  for (let nonce = 0; ; nonce += 1) {
    if (await meetsDifficulty(token, String(nonce), difficulty)) return String(nonce);
  }
}

// Arabic-Indic (U+0660), Extended Arabic-Indic (U+06F0) and Devanagari (U+0966) digits, as people type them.
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0x966];

function asciiDigit(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const zero = DIGIT_ZEROS.find((candidate) => code >= candidate && code < candidate + 10);
  return zero === undefined ? char : String(code - zero);
}

/** The digits a person wrote, read leniently: full-width and Arabic-Indic digits as ASCII, spaces dropped. */
export function normalizeAnswer(answer: string): string {
  return [...answer.normalize('NFKC').replace(/\s+/g, '')].map(asciiDigit).join('');
}
