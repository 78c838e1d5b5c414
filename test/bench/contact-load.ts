// Load on the secure contact endpoints, each compared with GET /api/health in the same rounds.
import { readFileSync } from 'node:fs';
import { readKey } from 'openpgp';
import { runnerImport } from 'vite';
import type * as ContactCrypto from '../../functions/core/contact/encryption';
import { jsonPost } from '../support/api.ts';
import { workerFigures } from './hardening.ts';
import { type Comparison, compareLoad, type Endpoint } from './load.ts';
import { atLeast, type BenchRow, info, ratio } from './report.ts';

const BUDGETS = { apiCiphertext: 0.8, noJsForm: 0.5 };

export const health = (baseUrl: string): Endpoint => ({ url: `${baseUrl}/api/health`, init: () => ({}), expectStatus: 200 });

/** A throughput ratio as a row, with both sides' figures kept in bench.json; any failed request fails it. */
export function throughputRow(figure: string, comparison: Comparison, limit: number): BenchRow {
  const row = atLeast(figure, comparison.throughputRatio, limit, ratio, { ...comparison });
  const failures = comparison.baseline.failures + comparison.target.failures;
  return failures === 0 ? row : { ...row, shown: `${row.shown} (${failures} failed)`, pass: false };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Where a no-JS message's time goes in the Worker: its reply key and its encryption, beside a whole GET /api/health. */
function noJsCryptoRow(): BenchRow {
  const figures = workerFigures(['test/workers/reply-key.test.ts']).noJsMessageCryptoInWorker as
    | { replyKeyMs: number; encryptionMs: number; healthMs: number }
    | undefined;
  if (!figures) throw new Error('the Worker tests reported no figure for a no-JS message');
  return info(
    "no-JS contact form, the Worker's crypto per message, mean of 20: reply key, encryption to two keys (a whole GET /api/health)",
    `${ms(figures.replyKeyMs)}, ${ms(figures.encryptionMs)} (${ms(figures.healthMs)})`,
    { ...figures },
  );
}

export async function contactLoadRows(baseUrl: string): Promise<BenchRow[]> {
  const key = await readKey({ armoredKey: readFileSync('content/keys/russia.asc', 'utf8') });
  // The site's own encryption code, loaded through Vite as the site bundles it.
  const { module } = await runnerImport<typeof ContactCrypto>('./functions/core/contact/encryption.ts');
  const ciphertext = jsonPost(await module.encryptContact(key, 'russia', { message: 'Benchmark message', replyTo: '', name: '' }));
  const apiCiphertext = await compareLoad(health(baseUrl), {
    url: `${baseUrl}/api/contact/russia`,
    init: () => ciphertext,
    expectStatus: 201,
  });
  const noJsForm = await compareLoad(health(baseUrl), {
    url: `${baseUrl}/en/delegations/russia/contact/`,
    init: () => {
      const form = new FormData();
      form.set('message', 'Benchmark message sent without JavaScript');
      form.set('replyTo', '');
      form.set('name', '');
      return { method: 'POST', body: form };
    },
    expectStatus: 200,
  });
  return [
    throughputRow('POST /api/contact/{id} (ciphertext) throughput, ratio to GET /api/health', apiCiphertext, BUDGETS.apiCiphertext),
    throughputRow('no-JS contact form (Worker encrypts) throughput, ratio to health', noJsForm, BUDGETS.noJsForm),
    noJsCryptoRow(),
  ];
}
