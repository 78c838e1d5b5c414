// Delivers waiting notices through the send_email binding. A notice is marked sent only after the
// binding accepted it; one that fails stays in the outbox for the next run.
import { EmailMessage } from 'cloudflare:email';
import { markNoticeSent, type Notice, unsentNotices } from './stores/outbox';

const BATCH = 50;

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

export async function deliverOutbox(env: Env, nowSeconds: number): Promise<number> {
  let sent = 0;
  for (const notice of await unsentNotices(env.DB, BATCH)) {
    try {
      await env.NOTIFY.send(
        new EmailMessage(env.NOTIFY_FROM, notice.recipient, mimeMessage(env.NOTIFY_FROM, notice, new Date(nowSeconds * 1000))),
      );
      await markNoticeSent(env.DB, notice.id, nowSeconds);
      sent += 1;
    } catch {
      // Left unsent; retried on the next run.
    }
  }
  return sent;
}
