// The scheduled clean-up: expire messages past their retention (ciphertext and attachment deleted,
// the receipt kept as "expired" for one more period), purge old receipts, remove attachments no
// message refers to, forget old rate-limit keys and secrets, and deliver waiting notices.
import { deliverOutbox } from './notices';
import { RATE_WINDOWS_KEPT_SECONDS } from './rate-limit';
import { attachmentHasOwner, markExpired, messagesDueToExpire, purgeMessages } from './stores/contact-messages';
import { forgetSecretsBefore } from './stores/rate-limit-secrets';
import { forgetWindowsBefore } from './stores/rate-limits';

const ORPHAN_GRACE_SECONDS = 3600;

export interface MaintenanceReport {
  expired: number;
  purged: number;
  orphansDeleted: number;
  noticesSent: number;
}

async function expireMessages(env: Env, nowSeconds: number): Promise<number> {
  const due = await messagesDueToExpire(env.DB, nowSeconds);
  const keys = due.flatMap((row) => (row.attachment_key ? [row.attachment_key] : []));
  if (keys.length > 0) await env.ATTACHMENTS.delete(keys);
  await markExpired(
    env.DB,
    due.map((row) => row.id),
  );
  return due.length;
}

async function deleteOrphanAttachments(env: Env, nowSeconds: number): Promise<number> {
  let deleted = 0;
  let cursor: string | undefined;
  do {
    const page = await env.ATTACHMENTS.list({ prefix: 'attachments/', ...(cursor ? { cursor } : {}) });
    for (const object of page.objects) {
      if (object.uploaded.getTime() / 1000 > nowSeconds - ORPHAN_GRACE_SECONDS) continue;
      if (!(await attachmentHasOwner(env.DB, object.key))) {
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
  const purged = await purgeMessages(env.DB, nowSeconds);
  const orphansDeleted = await deleteOrphanAttachments(env, nowSeconds);
  await env.DB.batch([
    forgetWindowsBefore(env.DB, nowSeconds - RATE_WINDOWS_KEPT_SECONDS),
    forgetSecretsBefore(env.DB, now.toISOString().slice(0, 10)),
  ]);
  const noticesSent = await deliverOutbox(env, nowSeconds);
  return { expired, purged, orphansDeleted, noticesSent };
}
