// The outbox table: the only place its SQL lives. A notice says that something is waiting or was
// received, never what a defender wrote or who they are.
export interface Notice {
  id: string;
  recipient: string;
  subject: string;
  body: string;
}

/** The INSERT for a notice, to be run alone or in one batch with the row it announces. */
export function enqueueNotice(db: D1Database, notice: Omit<Notice, 'id'>, now: Date): D1PreparedStatement {
  return db
    .prepare('INSERT INTO outbox (id, recipient, subject, body, created_at) VALUES (?, ?, ?, ?, ?)')
    .bind(crypto.randomUUID(), notice.recipient, notice.subject, notice.body, Math.floor(now.getTime() / 1000));
}

export async function unsentNotices(db: D1Database, limit: number): Promise<Notice[]> {
  const { results } = await db
    .prepare('SELECT id, recipient, subject, body FROM outbox WHERE sent_at IS NULL ORDER BY created_at LIMIT ?')
    .bind(limit)
    .all<Notice>();
  return results;
}

export async function markNoticeSent(db: D1Database, id: string, nowSeconds: number): Promise<void> {
  await db.prepare('UPDATE outbox SET sent_at = ? WHERE id = ?').bind(nowSeconds, id).run();
}
