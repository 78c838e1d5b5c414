// A cron run that cannot fall over: each step isolated and bounded, what is left taken up by the next
// run, and every run within the D1 query budget of one invocation on the free plan (50).
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { runMaintenance } from '../../functions/server/maintenance';
import { reportFigure } from './bench-figures';
import { storedObjects, storedRows } from './contact-helpers';

const QUERY_BUDGET = 50;
const DAY = 86_400_000;

/** env with a D1 that counts every statement it runs, alone or in a batch. */
function countingEnv() {
  const counter = { queries: 0 };
  const count = <T extends object>(statement: T): T =>
    new Proxy(statement, {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver);
        if (name === 'bind') return (...args: unknown[]) => count((value as (...a: unknown[]) => object).apply(target, args));
        if (['run', 'all', 'first', 'raw'].includes(String(name))) counter.queries += 1;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const db = new Proxy(env.DB, {
    get(target, name) {
      if (name === 'prepare') return (sql: string) => count(target.prepare(sql));
      if (name === 'batch')
        return (statements: D1PreparedStatement[]) => {
          counter.queries += statements.length;
          return target.batch(statements.map((statement) => (statement as unknown as { valueOf(): D1PreparedStatement }).valueOf()));
        };
      const value = Reflect.get(target, name);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { counter, env: { ...env, DB: db } };
}

async function seedExpiredMessages(count: number) {
  const day = new Date(Date.now() - 200 * DAY).toISOString().slice(0, 10);
  const expires = Math.floor((Date.now() - DAY) / 1000);
  for (let start = 0; start < count; start += 100) {
    const ids = Array.from({ length: Math.min(100, count - start) }, (_, index) => `seed-${start + index}`);
    await env.DB.batch(
      ids.map((id) =>
        env.DB.prepare(
          `INSERT INTO contact_messages (id, delegation_id, receipt_hash, ciphertext, size_bucket, attachment_key, status, created_day, expires_at, purge_at)
           VALUES (?, 'russia', ?, 'ciphertext', 4096, ?, 'received', ?, ?, ?)`,
        ).bind(id, `hash-${id}`, `attachments/${id}`, day, expires, expires + 90 * 86_400),
      ),
    );
    await Promise.all(ids.map((id) => env.ATTACHMENTS.put(`attachments/${id}`, 'ciphertext')));
  }
}

describe('the scheduled clean-up', () => {
  it('expires 5,000 messages with attachments in a bounded number of runs, each within the query budget', async () => {
    await seedExpiredMessages(5000);
    const { counter, env: counted } = countingEnv();
    const queriesPerRun: number[] = [];
    let runs = 0;
    while ((await storedObjects()).length > 0 && runs < 20) {
      counter.queries = 0;
      const report = await runMaintenance(counted, new Date());
      expect(report.failed).toEqual([]);
      queriesPerRun.push(counter.queries);
      runs += 1;
    }
    expect(await storedObjects()).toEqual([]);
    expect((await storedRows()).every((row) => row.ciphertext === null && row.status === 'expired')).toBe(true);
    reportFigure('cronRunsFor5000ExpiredMessages', { runs, maxQueriesPerRun: Math.max(...queriesPerRun), queryBudget: QUERY_BUDGET });
    expect(runs).toBeLessThanOrEqual(10);
    expect(Math.min(...queriesPerRun)).toBeGreaterThan(0);
    expect(Math.max(...queriesPerRun)).toBeLessThanOrEqual(QUERY_BUDGET);
  }, 120_000);

  it('goes on with the other steps when one fails', async () => {
    await seedExpiredMessages(3);
    const broken = {
      ...env,
      ATTACHMENTS: {
        ...env.ATTACHMENTS,
        list: async () => Promise.reject(new Error('R2 unavailable')),
        delete: env.ATTACHMENTS.delete.bind(env.ATTACHMENTS),
      },
    };
    const report = await runMaintenance(broken as Env, new Date());
    expect(report.failed).toEqual(['sweep:attachments/', 'sweep:consultations/']);
    expect(report.expired).toBe(3);
  });

  it('sweeps orphaned consultation PDFs too, but not those a contribution still refers to', async () => {
    await env.ATTACHMENTS.put('consultations/C2026-ORPH-AN00.pdf', '%PDF-1.4 left behind');
    const report = await runMaintenance(env, new Date(Date.now() + 2 * 3600_000));
    expect(report.orphansDeleted).toBe(1);
    expect(await storedObjects()).toEqual([]);
  });
});
