// Notices cannot be starved: focal-point notices never wait behind submitters' receipts, a failing
// notice backs off and is dropped after a bounded number of tries, and delivered ones are deleted.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { deliverOutbox, MAX_ATTEMPTS } from '../../functions/server/notices';
import { enqueueNotice } from '../../functions/server/stores/outbox';
import { reportFigure } from './bench-figures';
import { encryptedFor, postContact } from './contact-helpers';

const BOUNCING = '@bounce.example';

/** The send_email binding, except that addresses at bounce.example are refused; it records who got a notice. */
function mailer() {
  const delivered: string[] = [];
  const send = async (message: EmailMessage) => {
    if (message.to.endsWith(BOUNCING)) throw new Error('mailbox unavailable');
    delivered.push(message.to);
  };
  return { delivered, env: { ...env, NOTIFY: { send } as unknown as SendEmail } };
}

/** Receipts queued the day before, so that they wait ahead of anything queued today. */
async function queueUndeliverableReceipts(count: number) {
  const yesterday = new Date(Date.now() - 86_400_000);
  await env.DB.batch(
    Array.from({ length: count }, (_, index) =>
      enqueueNotice(env.DB, { kind: 'receipt', recipient: `typo${index}${BOUNCING}`, subject: 'Receipt', body: 'Received.' }, yesterday),
    ),
  );
}

const outboxRows = async () => (await env.DB.prepare('SELECT * FROM outbox').all<Record<string, unknown>>()).results;

describe('delivering notices', () => {
  it('sends the focal-point notice on the next run although 60 undeliverable receipts wait before it', async () => {
    await queueUndeliverableReceipts(60);
    expect((await postContact(await encryptedFor('urgent'))).status).toBe(201);
    const { delivered, env: bouncing } = mailer();
    const sent = await deliverOutbox(bouncing, new Date());
    reportFigure('focalPointNoticesSentUnder60PoisonedReceipts', { sent, delivered: delivered.length });
    expect(sent).toBe(1);
    expect(delivered).toEqual(['human-rights.russia@delegations.eu.example']);
  });

  it('deletes delivered notices and keeps only the day a notice was queued', async () => {
    expect((await postContact(await encryptedFor('hello'))).status).toBe(201);
    const [queued] = await outboxRows();
    expect(queued?.created_day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Object.keys(queued ?? {})).not.toContain('created_at');
    await deliverOutbox(mailer().env, new Date());
    expect(await outboxRows()).toEqual([]);
  });

  it('backs off a failing notice and drops it after a bounded number of attempts', async () => {
    await queueUndeliverableReceipts(1);
    const { env: bouncing } = mailer();
    let runs = 0;
    const attemptsSeen: number[] = [];
    while ((await outboxRows()).length > 0 && runs < 1000) {
      await deliverOutbox(bouncing, new Date());
      const [row] = await outboxRows();
      if (row && !attemptsSeen.includes(Number(row.attempts))) attemptsSeen.push(Number(row.attempts));
      runs += 1;
    }
    expect(await outboxRows()).toEqual([]);
    expect(attemptsSeen).toEqual(Array.from({ length: MAX_ATTEMPTS - 1 }, (_, index) => index + 1));
    // Waits of 1, 3, 7… runs between attempts: more runs than attempts, but a bounded number.
    expect(runs).toBeGreaterThan(MAX_ATTEMPTS * 2);
    expect(runs).toBeLessThan(2 ** (MAX_ATTEMPTS + 1));
    // About 2^MAX_ATTEMPTS runs: seconds when idle, more on a busy machine.
  }, 120_000);
});
