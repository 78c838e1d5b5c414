// Figures of the hardening: a junk flood against a server with the real rate limit, then a real
// message from the same address; and the cron figures the Worker tests measure inside workerd.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readKey } from 'openpgp';
import { runnerImport } from 'vite';
import type * as ContactCrypto from '../../functions/core/contact/encryption';
import { startSite } from '../support/site-server.ts';
import { type BenchRow, holds } from './report.ts';

const JUNK_REQUESTS = 50;
const FLOOD_ADDRESS = '198.51.100.99';

export interface JunkFlood {
  junkRequests: number;
  junkStatuses: Record<string, number>;
  realMessageStatus: number;
}

/** 50 text/plain and 50 invalid JSON requests from one address, then one real message from it. */
export async function junkFloodThenRealMessage(port: number): Promise<JunkFlood> {
  const site = await startSite(port);
  try {
    const post = (body: string, type: string) =>
      fetch(`${site.baseUrl}/api/contact/russia`, {
        method: 'POST',
        headers: { 'Content-Type': type, 'CF-Connecting-IP': FLOOD_ADDRESS },
        body,
      });
    const statuses: Record<string, number> = {};
    for (let attempt = 0; attempt < JUNK_REQUESTS; attempt += 1) {
      for (const [body, type] of [
        ['{"message":"x"}', 'text/plain'],
        ['{"message":"x"}', 'application/json'],
      ] as const) {
        const { status } = await post(body, type);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }
    const key = await readKey({ armoredKey: readFileSync('content/keys/russia.asc', 'utf8') });
    const { module } = await runnerImport<typeof ContactCrypto>('./functions/core/contact/encryption.ts');
    const real = await module.encryptContact(key, 'russia', { message: 'A real message after the flood', replyTo: '', name: '' });
    return {
      junkRequests: 2 * JUNK_REQUESTS,
      junkStatuses: statuses,
      realMessageStatus: (await post(JSON.stringify(real), 'application/json')).status,
    };
  } finally {
    site.stop();
  }
}

/** Runs Worker tests that measure something, and collects the figures they print (test/workers/bench-figures.ts). */
export function workerFigures(files: readonly string[]): Record<string, unknown> {
  const run = spawnSync('npx', ['vitest', 'run', '--project', 'workers', ...files, '--reporter=dot'], {
    env: { ...process.env, BENCH_FIGURES: '1' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`the measuring Worker tests failed:\n${run.stdout}\n${run.stderr}`);
  const figures: Record<string, unknown> = {};
  for (const match of run.stdout.matchAll(/BENCH-FIGURE (\{.*\})/g)) {
    const { name, value } = JSON.parse(match[1] ?? '{}') as { name: string; value: unknown };
    figures[name] = value;
  }
  return figures;
}

export async function floodRows(port: number): Promise<BenchRow[]> {
  const flood = await junkFloodThenRealMessage(port);
  return [
    holds(
      `a real message after ${flood.junkRequests} junk requests from its address`,
      String(flood.realMessageStatus),
      'accepted (201)',
      flood.realMessageStatus === 201,
      { ...flood },
    ),
  ];
}

interface CronFigures {
  cronRunsFor5000ExpiredMessages?: { runs: number; maxQueriesPerRun: number; queryBudget: number };
  focalPointNoticesSentUnder60PoisonedReceipts?: { sent: number };
}

export async function cronRows(): Promise<BenchRow[]> {
  const cron = workerFigures(['test/workers/maintenance.test.ts', 'test/workers/notices.test.ts']) as CronFigures;
  const expiry = cron.cronRunsFor5000ExpiredMessages;
  const sent = cron.focalPointNoticesSentUnder60PoisonedReceipts?.sent;
  return [
    holds(
      'cron: runs to expire 5,000 messages with attachments, most D1 queries in a run',
      `${expiry?.runs} runs, ${expiry?.maxQueriesPerRun} queries`,
      `≤ 10 runs, ≤ ${expiry?.queryBudget} queries`,
      (expiry?.runs ?? 99) <= 10 && (expiry?.maxQueriesPerRun ?? 99) <= (expiry?.queryBudget ?? 0),
      { ...expiry },
    ),
    holds('focal-point notices sent on the run after 60 undeliverable receipts', String(sent), '1', sent === 1),
  ];
}
