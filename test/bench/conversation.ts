// The two-way channel's cost: how long the reply key takes to unlock (Argon2 at the portal's
// parameters) in Chromium, unthrottled and at the 4× CPU slowdown Lighthouse uses for a mid-range
// phone, and in the Worker; and the no-JavaScript conversation page's latency against GET /api/health.
import { readFileSync } from 'node:fs';
import { readKey } from 'openpgp';
import type { Browser } from 'playwright-core';
import { runnerImport } from 'vite';
import type * as ContactCrypto from '../../functions/core/contact/encryption';
import type * as ReplyKeys from '../../functions/core/contact/reply-key';
import { workerFigures } from './hardening.ts';
import { compareLoad } from './load.ts';
import { atMost, type BenchRow, below, info, ratio } from './report.ts';

// The site's own code, loaded through Vite as the site bundles it (its imports have no extensions).
const { module: replyKeys } = await runnerImport<typeof ReplyKeys>('./functions/core/contact/reply-key.ts');
const { module: contactCrypto } = await runnerImport<typeof ContactCrypto>('./functions/core/contact/encryption.ts');
const { REPLY_KEY_ARGON2 } = replyKeys;

const PHONE_BUDGET_MS = 2000;
// The default CPU time limit of a Worker on the Standard plan.
const WORKER_CPU_LIMIT_MS = 30_000;
const ms = (value: number) => `${Math.round(value)} ms`;
const ARGON2 = `Argon2id t=${REPLY_KEY_ARGON2.passes}, p=${REPLY_KEY_ARGON2.parallelism}, m=2^${REPLY_KEY_ARGON2.memoryExponent} KiB`;

async function startConversation(baseUrl: string): Promise<{ code: string; passphrase: string }> {
  const passphrase = replyKeys.newPassphrase();
  const replyKey = await replyKeys.generateReplyKey(passphrase);
  const desk = await readKey({ armoredKey: readFileSync(new URL('../../content/keys/russia.asc', import.meta.url), 'utf8') });
  const encrypted = await contactCrypto.encryptContact([desk, await readKey({ armoredKey: replyKey.publicKey })], 'russia', {
    message: 'Benchmark conversation',
    replyTo: '',
    name: '',
  });
  const response = await fetch(`${baseUrl}/api/contact/russia`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...encrypted, replyKey }),
  });
  if (response.status !== 201) throw new Error(`the conversation could not be started: ${response.status}`);
  return { code: ((await response.json()) as { receipt: string }).receipt, passphrase };
}

/** The reply-key-unlock measure the receipts page's script records (src/scripts/conversation.ts). */
async function browserUnlockMs(browser: Browser, baseUrl: string, login: { code: string; passphrase: string }, cpuSlowdown: number) {
  const context = await browser.newContext({ baseURL: baseUrl });
  try {
    const page = await context.newPage();
    if (cpuSlowdown > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.goto('/en/receipts/');
    await page.locator('#code').fill(login.code);
    await page.locator('#passphrase').fill(login.passphrase);
    await page.locator('[data-receipt-form] button[type="submit"]').click();
    await page.locator('[data-conversation-entries] li').first().waitFor({ timeout: 120_000 });
    return await page.evaluate(() => performance.getEntriesByName('reply-key-unlock')[0]?.duration ?? Number.NaN);
  } finally {
    await context.close();
  }
}

export async function conversationRows(browser: Browser, baseUrl: string): Promise<BenchRow[]> {
  const login = await startConversation(baseUrl);
  const desktop = await browserUnlockMs(browser, baseUrl, login, 1);
  const phone = await browserUnlockMs(browser, baseUrl, login, 4);
  const worker = workerFigures(['test/workers/reply-key.test.ts']).replyKeyUnlockInWorker as { medianMs: number } | undefined;
  const form = new URLSearchParams({ code: login.code, passphrase: login.passphrase }).toString();
  const page = await compareLoad(
    { url: `${baseUrl}/api/health`, init: () => ({}), expectStatus: 200 },
    {
      url: `${baseUrl}/en/receipts/`,
      init: () => ({
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin' },
        body: form,
      }),
      expectStatus: 200,
    },
    // Every request runs Argon2 in the Worker: a few, not hundreds.
    { rounds: 2, requestsPerRound: 8, concurrency: 2, warmUp: 2 },
  );
  return [
    info(`reply key unlock in Chromium (${ARGON2})`, ms(desktop)),
    atMost('reply key unlock in Chromium at 4× CPU slowdown (a mid-range phone)', phone, PHONE_BUDGET_MS, ms),
    below('reply key unlock in the Worker, median of five', worker?.medianMs ?? Number.NaN, WORKER_CPU_LIMIT_MS, ms, { ...worker }),
    info('no-JS conversation page (Worker unlocks and decrypts), p50 latency ratio to GET /api/health', ratio(page.p50Ratio), { ...page }),
  ];
}
