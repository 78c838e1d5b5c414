import { Hono } from 'hono';
import type { AppEnv } from '../app';

// Reports whether the Worker can reach D1 and which migration it is at.
export const health = new Hono<AppEnv>().get('/', async (c) => {
  const started = Date.now();
  const ping = await c.env.DB.prepare('SELECT 1 AS ok').first<{ ok: number }>();
  const migrations = await c.env.DB.prepare('SELECT COUNT(*) AS applied, MAX(name) AS latest FROM d1_migrations')
    .first<{ applied: number; latest: string | null }>()
    // No d1_migrations table yet means no migration was applied.
    .catch(() => null);
  return c.json({
    status: 'ok',
    d1: {
      reachable: ping?.ok === 1,
      latencyMs: Date.now() - started,
      migrationsApplied: migrations?.applied ?? 0,
      latestMigration: migrations?.latest ?? null,
    },
  });
});
