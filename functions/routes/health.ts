import { Hono } from 'hono';
import { databaseHealth } from '../server/stores/database-health';
import type { AppEnv } from './env';

// Reports whether the Worker can reach D1 and which migration it is at.
export const health = new Hono<AppEnv>().get('/', async (c) => {
  const started = Date.now();
  const { reachable, migrationsApplied, latestMigration } = await databaseHealth(c.env.DB);
  return c.json({ status: 'ok', d1: { reachable, latencyMs: Date.now() - started, migrationsApplied, latestMigration } });
});
