// The scheduled clean-up. Each step is isolated (one failing does not stop the others) and bounded
// (a page size and a number of pages per run, well within one invocation's query budget); what a run
// leaves is taken up by the next. The steps: expire messages past their retention (ciphertext and
// attachment deleted, the receipt kept as "expired" for one more period), purge old receipts, remove
// attachments and consultation PDFs no row refers to, apply the consultation retention, and deliver
// waiting notices.

import { enforceConsultationRetention } from './consultation-retention';
import { deliverOutbox } from './notices';
import { ownedContributionAttachments } from './stores/consultation-submissions';
import { markExpired, messagesDueToExpire, ownedAttachments, purgeMessages } from './stores/contact-messages';
import { deleteEntriesOf } from './stores/conversation-entries';
import { cursorOf, saveCursor } from './stores/maintenance-cursors';
import { MAX_BOUND_PARAMETERS } from './stores/sql';

const PAGE = MAX_BOUND_PARAMETERS;
const EXPIRY_PAGES_PER_RUN = 5;
const PURGE_PER_RUN = 1000;
const SWEEP_OBJECTS_PER_RUN = 500;
const ORPHAN_GRACE_SECONDS = 3600;

export interface MaintenanceReport {
  expired: number;
  purged: number;
  orphansDeleted: number;
  noticesSent: number;
  consultationEmailsForgotten: number;
  contributionsDeleted: number;
  /** The steps that failed on this run; the next run tries them again. */
  failed: string[];
}

async function expireMessages(env: Env, nowSeconds: number): Promise<number> {
  let expired = 0;
  for (let page = 0; page < EXPIRY_PAGES_PER_RUN; page += 1) {
    const due = await messagesDueToExpire(env.DB, nowSeconds, PAGE);
    const keys = due.flatMap((row) => (row.attachment_key ? [row.attachment_key] : []));
    if (keys.length > 0) await env.ATTACHMENTS.delete(keys);
    const ids = due.map((row) => row.id);
    if (ids.length > 0) await env.DB.batch([deleteEntriesOf(env.DB, ids), markExpired(env.DB, ids)]);
    expired += due.length;
    if (due.length < PAGE) break;
  }
  return expired;
}

const SWEEPS = [
  { prefix: 'attachments/', owned: ownedAttachments },
  { prefix: 'consultations/', owned: ownedContributionAttachments },
] as const;

/** One page of one prefix per run, from where the last run stopped; objects younger than an hour may still be being written. */
async function sweepOrphans(env: Env, nowSeconds: number, sweep: (typeof SWEEPS)[number]): Promise<number> {
  const step = `sweep:${sweep.prefix}`;
  const cursor = await cursorOf(env.DB, step);
  const listing = await env.ATTACHMENTS.list({ prefix: sweep.prefix, limit: SWEEP_OBJECTS_PER_RUN, ...(cursor ? { cursor } : {}) });
  const old = listing.objects.filter((object) => object.uploaded.getTime() / 1000 <= nowSeconds - ORPHAN_GRACE_SECONDS).map((o) => o.key);
  const orphans: string[] = [];
  for (let start = 0; start < old.length; start += PAGE) {
    const keys = old.slice(start, start + PAGE);
    const owned = await sweep.owned(env.DB, keys);
    orphans.push(...keys.filter((key) => !owned.has(key)));
  }
  if (orphans.length > 0) await env.ATTACHMENTS.delete(orphans);
  await saveCursor(env.DB, step, listing.truncated ? listing.cursor : undefined);
  return orphans.length;
}

/** Runs a step, and on failure reports it by name (never with content) and goes on. */
async function isolated<T>(name: string, failed: string[], fallback: T, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    console.error('Maintenance step failed', name, error instanceof Error ? error.name : 'unknown');
    failed.push(name);
    return fallback;
  }
}

export async function runMaintenance(env: Env, now: Date): Promise<MaintenanceReport> {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const failed: string[] = [];
  const expired = await isolated('expire', failed, 0, () => expireMessages(env, nowSeconds));
  const purged = await isolated('purge', failed, 0, () => purgeMessages(env.DB, nowSeconds, PURGE_PER_RUN));
  let orphansDeleted = 0;
  for (const sweep of SWEEPS)
    orphansDeleted += await isolated(`sweep:${sweep.prefix}`, failed, 0, () => sweepOrphans(env, nowSeconds, sweep));
  const retention = await isolated('consultation-retention', failed, { emailsForgotten: 0, contributionsDeleted: 0 }, () =>
    enforceConsultationRetention(env, now),
  );
  const noticesSent = await isolated('notices', failed, 0, () => deliverOutbox(env, now));
  return {
    expired,
    purged,
    orphansDeleted,
    noticesSent,
    consultationEmailsForgotten: retention.emailsForgotten,
    contributionsDeleted: retention.contributionsDeleted,
    failed,
  };
}
