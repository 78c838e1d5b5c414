// The rate limiter and challenge issuer, as one Durable Object that keeps everything in memory only:
// the day's random HMAC key (client addresses are counted under HMACs with it, never kept), the
// counters, the key that signs challenges, and the challenges already redeemed. Nothing is written to
// storage, so a dump of D1, R2 or the object's storage holds nothing that links a count to an address;
// when the object is evicted, counts start again, which errs on the side of letting people through.
import { DurableObject } from 'cloudflare:workers';
import {
  type ChallengeAnswer,
  type ChallengeKind,
  type ChallengeOffer,
  meetsDifficulty,
  normalizeAnswer,
  PROOF_OF_WORK_DIFFICULTY,
} from '../core/challenge';
import { toHex } from '../core/digest';

const WINDOW_SECONDS = 3600;
const CHALLENGE_SECONDS = 30 * 60;

export interface LimitDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

interface ChallengeClaims {
  kind: ChallengeKind;
  expires: number;
  nonce: string;
  /** For a question: an HMAC of the answer, so the token does not carry the answer itself. */
  answer?: string;
}

const encoder = new TextEncoder();
const hmacKey = () => crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']) as Promise<CryptoKey>;
const sign = async (key: CryptoKey, text: string) => toHex(await crypto.subtle.sign('HMAC', key, encoder.encode(text)));
const base64url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64url = (text: string) => atob(text.replace(/-/g, '+').replace(/_/g, '/'));

export class RateLimiter extends DurableObject<Env> {
  #day = '';
  #dayKey: Promise<CryptoKey> | undefined;
  #counts = new Map<string, number>();
  #challengeKey = hmacKey();
  #redeemed = new Map<string, number>();
  #window = -1;

  #keyForDay(nowSeconds: number): Promise<CryptoKey> {
    const day = new Date(nowSeconds * 1000).toISOString().slice(0, 10);
    if (day !== this.#day || !this.#dayKey) {
      this.#day = day;
      this.#dayKey = hmacKey();
      this.#counts.clear();
    }
    return this.#dayKey;
  }

  async #counterKey(scope: string, address: string, nowSeconds: number): Promise<string> {
    const windowStart = nowSeconds - (nowSeconds % WINDOW_SECONDS);
    return `${scope}:${windowStart}:${await sign(await this.#keyForDay(nowSeconds), address)}`;
  }

  // Once per window rather than on every request, which would walk every client's count each time.
  #forgetOldWindows(nowSeconds: number): void {
    const current = nowSeconds - (nowSeconds % WINDOW_SECONDS);
    if (current === this.#window) return;
    this.#window = current;
    for (const key of this.#counts.keys()) if (Number(key.split(':').at(-2)) < current) this.#counts.delete(key);
    for (const [nonce, expires] of this.#redeemed) if (expires < nowSeconds) this.#redeemed.delete(nonce);
  }

  /** Counts one for this client in `scope` if it is under `limit` this hour. */
  async take(scope: string, address: string, limit: number, nowSeconds: number): Promise<LimitDecision> {
    this.#forgetOldWindows(nowSeconds);
    const key = await this.#counterKey(scope, address, nowSeconds);
    const used = this.#counts.get(key) ?? 0;
    const retryAfterSeconds = WINDOW_SECONDS - (nowSeconds % WINDOW_SECONDS);
    if (used >= limit) return { allowed: false, retryAfterSeconds };
    this.#counts.set(key, used + 1);
    return { allowed: true, retryAfterSeconds };
  }

  /** Whether this client is still under `limit` in `scope` this hour, without counting. */
  async peek(scope: string, address: string, limit: number, nowSeconds: number): Promise<LimitDecision> {
    this.#forgetOldWindows(nowSeconds);
    const used = this.#counts.get(await this.#counterKey(scope, address, nowSeconds)) ?? 0;
    return { allowed: used < limit, retryAfterSeconds: WINDOW_SECONDS - (nowSeconds % WINDOW_SECONDS) };
  }

  /** Takes back one count, for an attempt that was counted but then not stored. */
  async giveBack(scope: string, address: string, nowSeconds: number): Promise<void> {
    const key = await this.#counterKey(scope, address, nowSeconds);
    const used = this.#counts.get(key) ?? 0;
    if (used > 1) this.#counts.set(key, used - 1);
    else this.#counts.delete(key);
  }

  async challenge(kind: ChallengeKind, nowSeconds: number): Promise<ChallengeOffer> {
    const nonce = toHex(crypto.getRandomValues(new Uint8Array(12)));
    const claims: ChallengeClaims = { kind, expires: nowSeconds + CHALLENGE_SECONDS, nonce };
    let question: ChallengeOffer['question'];
    if (kind === 'question') {
      const [a = 0, b = 0] = crypto.getRandomValues(new Uint8Array(2)).map((byte) => 2 + (byte % 18));
      question = { a, b };
      claims.answer = await sign(await this.#challengeKey, `${nonce}:${a + b}`);
    }
    const payload = base64url(JSON.stringify(claims));
    const token = `${payload}.${await sign(await this.#challengeKey, payload)}`;
    return kind === 'question' ? { kind, token, ...(question ? { question } : {}) } : { kind, token, difficulty: PROOF_OF_WORK_DIFFICULTY };
  }

  /** True once for a valid, unexpired, correctly answered challenge; every later try with it is false. */
  async redeem({ token, answer }: ChallengeAnswer, nowSeconds: number): Promise<boolean> {
    const [payload = '', signature = ''] = token.split('.');
    if (signature !== (await sign(await this.#challengeKey, payload))) return false;
    let claims: ChallengeClaims;
    try {
      claims = JSON.parse(fromBase64url(payload)) as ChallengeClaims;
    } catch {
      return false;
    }
    if (claims.expires < nowSeconds || this.#redeemed.has(claims.nonce)) return false;
    const solved =
      claims.kind === 'question'
        ? claims.answer === (await sign(await this.#challengeKey, `${claims.nonce}:${normalizeAnswer(answer)}`))
        : await meetsDifficulty(token, answer, PROOF_OF_WORK_DIFFICULTY);
    if (solved) this.#redeemed.set(claims.nonce, claims.expires);
    return solved;
  }
}
