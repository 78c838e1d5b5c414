// The scheduled clean-up: expire messages past their retention (ciphertext and attachment deleted,
// the receipt kept as "expired" for one more period), purge old receipts, remove attachments no
// message refers to, forget old rate-limit keys and secrets, and deliver waiting notices.
import { deliverOutbox } from './outbox';

const ORPHAN_GRACE_SECONDS = 3600;

export interface MaintenanceReport {
  expired: number;
  purged: number;
  orphansDeleted: number;
  noticesSent: number;
}

async function expireMessages(env: Env, nowSeconds: number): Promise<number> {
  const { results } = await env.DB.prepare(
    'SELECT id, attachment_key FROM contact_messages WHERE expires_at <= ? AND ciphertext IS NOT NULL',
  )
    .bind(nowSeconds)
    .all<{ id: string; attachment_key: string | null }>();
  const keys = results.flatMap((row) => (row.attachment_key ? [row.attachment_key] : []));
  if (keys.length > 0) await env.ATTACHMENTS.delete(keys);
  if (results.length > 0) {
    await env.DB.batch(
      results.map((row) =>
        env.DB.prepare("UPDATE contact_messages SET ciphertext = NULL, attachment_key = NULL, status = 'expired' WHERE id = ?").bind(
          row.id,
        ),
      ),
    );
  }
  return results.length;
}

async function deleteOrphanAttachments(env: Env, nowSeconds: number): Promise<number> {
  let deleted = 0;
  let cursor: string | undefined;
  do {
    const page = await env.ATTACHMENTS.list({ prefix: 'attachments/', ...(cursor ? { cursor } : {}) });
    for (const object of page.objects) {
      if (object.uploaded.getTime() / 1000 > nowSeconds - ORPHAN_GRACE_SECONDS) continue;
      const owner = await env.DB.prepare('SELECT 1 FROM contact_messages WHERE attachment_key = ?').bind(object.key).first();
      if (!owner) {
        await env.ATTACHMENTS.delete(object.key);
        deleted += 1;
      }
    }
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor);
  return deleted;
}

export async function runMaintenance(env: Env, now: Date): Promise<MaintenanceReport> {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const expired = await expireMessages(env, nowSeconds);
  const purge = await env.DB.prepare('DELETE FROM contact_messages WHERE purge_at <= ?').bind(nowSeconds).run();
  const orphansDeleted = await deleteOrphanAttachments(env, nowSeconds);
  await env.DB.batch([
    env.DB.prepare('DELETE FROM rate_limits WHERE window_start < ?').bind(nowSeconds - 2 * 3600),
    env.DB.prepare('DELETE FROM rate_limit_secrets WHERE day < ?').bind(now.toISOString().slice(0, 10)),
  ]);
  const noticesSent = await deliverOutbox(env, nowSeconds);
  return { expired, purged: purge.meta.changes ?? 0, orphansDeleted, noticesSent };
}
