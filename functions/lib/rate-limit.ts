// Per-client rate limiting without keeping client addresses: the key is an HMAC of the address
// with a random secret made for that day and deleted after it, so old keys cannot be linked to anyone.
const WINDOW_SECONDS = 3600;

export interface RateLimitResult {
  allowed: boolean;
  retryAfterSeconds: number;
}

function toHex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

// The day's secret, kept in memory so that most requests need no extra query for it.
let cachedSecret: { day: string; secret: string } | undefined;

async function daySecret(db: D1Database, day: string): Promise<string> {
  if (cachedSecret?.day === day) return cachedSecret.secret;
  const fresh = toHex(crypto.getRandomValues(new Uint8Array(32)).buffer);
  await db.prepare('INSERT OR IGNORE INTO rate_limit_secrets (day, secret) VALUES (?, ?)').bind(day, fresh).run();
  const row = await db.prepare('SELECT secret FROM rate_limit_secrets WHERE day = ?').bind(day).first<{ secret: string }>();
  if (!row) throw new Error('rate limit secret missing');
  cachedSecret = { day, secret: row.secret };
  return row.secret;
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
  const row = await db
    .prepare(
      'INSERT INTO rate_limits (client_key, window_start, hits) VALUES (?, ?, 1) ON CONFLICT (client_key, window_start) DO UPDATE SET hits = hits + 1 RETURNING hits',
    )
    .bind(key, windowStart)
    .first<{ hits: number }>();
  return { allowed: (row?.hits ?? 1) <= limit, retryAfterSeconds: windowStart + WINDOW_SECONDS - seconds };
}
