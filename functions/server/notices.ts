// Delivers waiting notices through the send_email binding. Focal-point notices go first and in their
// own batch, so undeliverable receipts (any address can be typed) can never hold them up. A delivered
// notice is deleted; a failed one waits a growing number of runs and is dropped after MAX_ATTEMPTS.
import { EmailMessage } from 'cloudflare:email';
import {
  countDownWaits,
  deleteNotices,
  dropExhaustedNotices,
  dueNotices,
  type Notice,
  type NoticeKind,
  postponeNotices,
} from './stores/outbox';

// Per run: well under the subrequest and D1 query budgets of one cron invocation.
const BATCH: Record<NoticeKind, number> = { focal_point: 30, receipt: 10 };
export const MAX_ATTEMPTS = 8;

export function mimeMessage(from: string, notice: Notice, date: Date): string {
  const domain = from.split('@')[1] ?? 'localhost';
  return [
    `From: ${from}`,
    `To: ${notice.recipient}`,
    `Subject: ${notice.subject}`,
    `Message-ID: <${notice.id}@${domain}>`,
    `Date: ${date.toUTCString()}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    notice.body,
  ].join('\r\n');
}

async function deliverKind(env: Env, kind: NoticeKind, now: Date): Promise<{ sent: string[]; failed: string[] }> {
  const sent: string[] = [];
  const failed: string[] = [];
  for (const notice of await dueNotices(env.DB, kind, BATCH[kind])) {
    try {
      await env.NOTIFY.send(new EmailMessage(env.NOTIFY_FROM, notice.recipient, mimeMessage(env.NOTIFY_FROM, notice, now)));
      sent.push(notice.id);
    } catch {
      failed.push(notice.id);
    }
  }
  return { sent, failed };
}

/** Delivers what is due and returns how many notices went out. */
export async function deliverOutbox(env: Env, now: Date): Promise<number> {
  await countDownWaits(env.DB).run();
  let sentCount = 0;
  for (const kind of ['focal_point', 'receipt'] as const) {
    const { sent, failed } = await deliverKind(env, kind, now);
    const updates = [...(sent.length ? [deleteNotices(env.DB, sent)] : []), ...(failed.length ? [postponeNotices(env.DB, failed)] : [])];
    if (updates.length > 0) await env.DB.batch(updates);
    sentCount += sent.length;
  }
  await dropExhaustedNotices(env.DB, MAX_ATTEMPTS).run();
  return sentCount;
}
