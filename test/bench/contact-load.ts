// Load on the secure contact endpoints, each compared with GET /api/health in the same run.
import { readFileSync } from 'node:fs';
import { readKey } from 'openpgp';
import { runnerImport } from 'vite';
import type * as ContactCrypto from '../../functions/core/contact/encryption';
import { jsonPost } from '../support/api.ts';
import { type LoadResult, runLoad } from './load.ts';

const OPTIONS = { concurrency: 8, timeLimitMs: 20_000 };

export interface ContactLoad {
  health: LoadResult;
  apiCiphertext: LoadResult;
  noJsForm: LoadResult;
}

export async function measureContactLoad(baseUrl: string): Promise<ContactLoad> {
  const key = await readKey({ armoredKey: readFileSync('content/keys/russia.asc', 'utf8') });
  // The site's own encryption code, loaded through Vite as the site bundles it.
  const { module } = await runnerImport<typeof ContactCrypto>('./functions/core/contact/encryption.ts');
  const ciphertext = jsonPost(await module.encryptContact(key, 'russia', { message: 'Benchmark message', replyTo: '', name: '' }));
  const health = await runLoad(`${baseUrl}/api/health`, () => ({}), { ...OPTIONS, requests: 2000, expectStatus: 200 });
  const apiCiphertext = await runLoad(`${baseUrl}/api/contact/russia`, () => ciphertext, { ...OPTIONS, requests: 1000, expectStatus: 201 });
  const noJsForm = await runLoad(
    `${baseUrl}/en/delegations/russia/contact/`,
    () => {
      const form = new FormData();
      form.set('message', 'Benchmark message sent without JavaScript');
      form.set('replyTo', '');
      form.set('name', '');
      return { method: 'POST', body: form };
    },
    { ...OPTIONS, requests: 500, expectStatus: 200 },
  );
  return { health, apiCiphertext, noJsForm };
}
