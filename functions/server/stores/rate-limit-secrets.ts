// The rate_limit_secrets table: the only place its SQL lives. One random secret a day, deleted after it.
/** The day's secret: `fresh` if none was stored yet, else the one another request stored first. */
export async function secretOfDay(db: D1Database, day: string, fresh: string): Promise<string> {
  await db.prepare('INSERT OR IGNORE INTO rate_limit_secrets (day, secret) VALUES (?, ?)').bind(day, fresh).run();
  const row = await db.prepare('SELECT secret FROM rate_limit_secrets WHERE day = ?').bind(day).first<{ secret: string }>();
  if (!row) throw new Error('rate limit secret missing');
  return row.secret;
}

export function forgetSecretsBefore(db: D1Database, day: string): D1PreparedStatement {
  return db.prepare('DELETE FROM rate_limit_secrets WHERE day < ?').bind(day);
}
