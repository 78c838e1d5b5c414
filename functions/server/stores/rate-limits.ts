// The rate_limits table: the only place its SQL lives. Keys are HMACs of client addresses, never addresses.
export async function countHit(db: D1Database, clientKey: string, windowStart: number): Promise<number> {
  const row = await db
    .prepare(
      'INSERT INTO rate_limits (client_key, window_start, hits) VALUES (?, ?, 1) ON CONFLICT (client_key, window_start) DO UPDATE SET hits = hits + 1 RETURNING hits',
    )
    .bind(clientKey, windowStart)
    .first<{ hits: number }>();
  return row?.hits ?? 1;
}

export function forgetWindowsBefore(db: D1Database, windowStart: number): D1PreparedStatement {
  return db.prepare('DELETE FROM rate_limits WHERE window_start < ?').bind(windowStart);
}
