// Per-client rate limits, counted by the RateLimiter Durable Object under HMACs of client addresses
// with a key it keeps in memory for one day: no address, and no key that could recover one, is stored.
import type { ChallengeAnswer, ChallengeKind, ChallengeOffer } from '../core/challenge';
import { Refusal } from '../core/errors';
import type { LimitDecision } from './limiter';

const seconds = (now: Date) => Math.floor(now.getTime() / 1000);
// One object for the whole product: the counts are small and every request needs the same day's key.
const limiter = (env: Env) => env.LIMITER.getByName('limits');

export function takeFromLimit(env: Env, scope: string, address: string, limit: number, now: Date): Promise<LimitDecision> {
  return limiter(env).take(scope, address, limit, seconds(now));
}

export function peekAtLimit(env: Env, scope: string, address: string, limit: number, now: Date): Promise<LimitDecision> {
  return limiter(env).peek(scope, address, limit, seconds(now));
}

export function giveBackToLimit(env: Env, scope: string, address: string, now: Date): Promise<void> {
  return limiter(env).giveBack(scope, address, seconds(now));
}

export function offerChallenge(env: Env, kind: ChallengeKind, now: Date): Promise<ChallengeOffer> {
  return limiter(env).challenge(kind, seconds(now));
}

export function redeemChallenge(env: Env, answer: ChallengeAnswer, now: Date): Promise<boolean> {
  return limiter(env).redeem(answer, seconds(now));
}

/** Counts one attempt and refuses it with `rate_limited` when the client is over its limit. */
export async function enforceRateLimit(env: Env, scope: string, address: string, limit: number, now: Date): Promise<void> {
  const decision = await takeFromLimit(env, scope, address, limit, now);
  if (!decision.allowed) throw new Refusal('rate_limited', { retryAfterSeconds: decision.retryAfterSeconds });
}
