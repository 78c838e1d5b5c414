// The rate limiter's hourly windows: a client at its limit is refused for the rest of the hour, and
// counts afresh in the next one.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { takeFromLimit } from '../../functions/server/rate-limit';

const HOUR = 3600_000;

describe('the rate limiter', () => {
  it('refuses past the limit until the hour ends, then counts afresh', async () => {
    const start = new Date(Math.ceil(Date.now() / HOUR) * HOUR + 60_000);
    const take = (at: Date) => takeFromLimit(env, 'window-test', '198.51.100.61', 2, at);
    expect((await take(start)).allowed).toBe(true);
    expect((await take(new Date(start.getTime() + 1000))).allowed).toBe(true);
    const refused = await take(new Date(start.getTime() + 2000));
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 3600 - 62 });
    const nextHour = new Date(start.getTime() + HOUR);
    expect((await take(nextHour)).allowed).toBe(true);
    expect((await take(nextHour)).allowed).toBe(true);
    expect((await take(nextHour)).allowed).toBe(false);
    // Another client is counted on its own.
    expect((await takeFromLimit(env, 'window-test', '198.51.100.62', 2, nextHour)).allowed).toBe(true);
  });
});
