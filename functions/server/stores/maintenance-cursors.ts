// The maintenance_cursors table: the only place its SQL lives.
export async function cursorOf(db: D1Database, step: string): Promise<string | undefined> {
  const row = await db.prepare('SELECT cursor FROM maintenance_cursors WHERE step = ?').bind(step).first<{ cursor: string }>();
  return row?.cursor;
}

/** Keeps where the step stopped, or forgets it once the step went round to the end. */
export async function saveCursor(db: D1Database, step: string, cursor: string | undefined): Promise<void> {
  if (cursor === undefined) await db.prepare('DELETE FROM maintenance_cursors WHERE step = ?').bind(step).run();
  else
    await db
      .prepare('INSERT INTO maintenance_cursors (step, cursor) VALUES (?, ?) ON CONFLICT (step) DO UPDATE SET cursor = excluded.cursor')
      .bind(step, cursor)
      .run();
}
