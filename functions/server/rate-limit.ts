// Per-client rate limiting without keeping client addresses: the key is an HMAC of the address
// with a random secret made for that day and deleted after it, so old keys cannot be linked to anyone.
import { toHex } from '../core/digest';
import { Refusal } from '../core/errors';
import { secretOfDay } from './stores/rate-limit-secrets';
import { countHit } from './stores/rate-limits';

const WINDOW_SECONDS = 3600;

export interface RateLimitResult {
  allowed: boolean;
  retryAfterSeconds: number;
}

// The day's secret, kept in memory so that most requests need no extra query for it.
let cachedSecret: { day: string; secret: string } | undefined;

async function daySecret(db: D1Database, day: string): Promise<string> {
  if (cachedSecret?.day === day) return cachedSecret.secret;
  const secret = await secretOfDay(db, day, toHex(crypto.getRandomValues(new Uint8Array(32))));
  cachedSecret = { day, secret };
  return secret;
}

async function clientKey(secret: string, address: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return toHex(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(address)));
}

/** Counts one attempt for this client in `scope` and says whether it is within `limit` per hour. */
export async function hitRateLimit(db: D1Database, scope: string, address: string, limit: number, now: Date): Promise<RateLimitResult> {
  const seconds = Math.floor(now.getTime() / 1000);
  const windowStart = seconds - (seconds % WINDOW_SECONDS);
  const key = `${scope}:${await clientKey(await daySecret(db, now.toISOString().slice(0, 10)), address)}`;
  const hits = await countHit(db, key, windowStart);
  return { allowed: hits <= limit, retryAfterSeconds: windowStart + WINDOW_SECONDS - seconds };
}

/** Counts one attempt and refuses it with `rate_limited` when the client is over its limit. */
export async function enforceRateLimit(env: Env, scope: string, address: string, limit: number, now: Date): Promise<void> {
  const result = await hitRateLimit(env.DB, scope, address, limit, now);
  if (!result.allowed) throw new Refusal('rate_limited', { retryAfterSeconds: result.retryAfterSeconds });
}

/** How long rate-limit windows are kept: the current one and the one before. */
export const RATE_WINDOWS_KEPT_SECONDS = 2 * WINDOW_SECONDS;
