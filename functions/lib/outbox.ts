// Delivers waiting notices through the send_email binding. A notice is marked sent only after the
// binding accepted it; one that fails stays in the outbox for the next run.
import { EmailMessage } from 'cloudflare:email';

const BATCH = 50;

interface Notice {
  id: string;
  recipient: string;
  subject: string;
  body: string;
}

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
  const { results } = await env.DB.prepare(
    'SELECT id, recipient, subject, body FROM outbox WHERE sent_at IS NULL ORDER BY created_at LIMIT ?',
  )
    .bind(BATCH)
    .all<Notice>();
  let sent = 0;
  for (const notice of results) {
    try {
      await env.NOTIFY.send(
        new EmailMessage(env.NOTIFY_FROM, notice.recipient, mimeMessage(env.NOTIFY_FROM, notice, new Date(nowSeconds * 1000))),
      );
      await env.DB.prepare('UPDATE outbox SET sent_at = ? WHERE id = ?').bind(nowSeconds, notice.id).run();
      sent += 1;
    } catch {
      // Left unsent; retried on the next run.
    }
  }
  return sent;
}
