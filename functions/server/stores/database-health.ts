// Whether D1 answers, and which migrations it has applied (d1_migrations is wrangler's own table).
export async function databaseHealth(
  db: D1Database,
): Promise<{ reachable: boolean; migrationsApplied: number; latestMigration: string | null }> {
  const ping = await db.prepare('SELECT 1 AS ok').first<{ ok: number }>();
  const migrations = await db
    .prepare('SELECT COUNT(*) AS applied, MAX(name) AS latest FROM d1_migrations')
    .first<{ applied: number; latest: string | null }>()
    // No d1_migrations table yet means no migration was applied.
    .catch(() => null);
  return { reachable: ping?.ok === 1, migrationsApplied: migrations?.applied ?? 0, latestMigration: migrations?.latest ?? null };
}
