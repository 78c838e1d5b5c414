// The outbox table: the only place its SQL lives. A notice says that something is waiting or was
// received, never what a defender wrote or who they are; it keeps the day it was queued, not the time.
import { placeholders } from './sql';

export type NoticeKind = 'focal_point' | 'receipt';

export interface Notice {
  id: string;
  recipient: string;
  subject: string;
  body: string;
}

export interface NewNotice extends Omit<Notice, 'id'> {
  kind: NoticeKind;
  /** What the notice is about (a contribution ID), so that it can be forgotten with it. */
  about?: string;
}

const NOTICE_COLUMNS = 'id, kind, recipient, subject, body, about, created_day';

function noticeValues(notice: NewNotice, now: Date): unknown[] {
  return [
    crypto.randomUUID(),
    notice.kind,
    notice.recipient,
    notice.subject,
    notice.body,
    notice.about ?? null,
    now.toISOString().slice(0, 10),
  ];
}

/** The INSERT for a notice, to be run alone or in one batch with the row it announces. */
export function enqueueNotice(db: D1Database, notice: NewNotice, now: Date): D1PreparedStatement {
  return db.prepare(`INSERT INTO outbox (${NOTICE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`).bind(...noticeValues(notice, now));
}

/**
 * The INSERT for a notice in a batch, right after the INSERT of the row it announces (or after another
 * notice of that row): it queues the notice only if that statement stored a row, so that a message
 * that was not stored (its idempotency key was already used) announces nothing.
 */
export function enqueueNoticeAfterInsert(db: D1Database, notice: NewNotice, now: Date): D1PreparedStatement {
  return db
    .prepare(`INSERT INTO outbox (${NOTICE_COLUMNS}) SELECT ?, ?, ?, ?, ?, ?, ? WHERE changes() > 0`)
    .bind(...noticeValues(notice, now));
}

/** Notices of one kind due on this run, oldest day first. */
export async function dueNotices(db: D1Database, kind: NoticeKind, limit: number): Promise<Notice[]> {
  const { results } = await db
    .prepare('SELECT id, recipient, subject, body FROM outbox WHERE kind = ? AND wait_runs = 0 ORDER BY created_day, id LIMIT ?')
    .bind(kind, limit)
    .all<Notice>();
  return results;
}

/** One cron run passes for every waiting notice. */
export function countDownWaits(db: D1Database): D1PreparedStatement {
  return db.prepare('UPDATE outbox SET wait_runs = wait_runs - 1 WHERE wait_runs > 0');
}

export function deleteNotices(db: D1Database, ids: readonly string[]): D1PreparedStatement {
  return db.prepare(`DELETE FROM outbox WHERE id IN (${placeholders(ids)})`).bind(...ids);
}

/** A failed attempt: the notice waits 1, 3, 7, 15… runs before the next one. */
export function postponeNotices(db: D1Database, ids: readonly string[]): D1PreparedStatement {
  return db
    .prepare(`UPDATE outbox SET attempts = attempts + 1, wait_runs = (1 << (attempts + 1)) - 1 WHERE id IN (${placeholders(ids)})`)
    .bind(...ids);
}

export function dropExhaustedNotices(db: D1Database, maxAttempts: number): D1PreparedStatement {
  return db.prepare('DELETE FROM outbox WHERE attempts >= ?').bind(maxAttempts);
}

/** Forgets the notices about these contributions (at most 100), e.g. a receipt e-mail not yet sent. */
export function forgetNoticesAbout(db: D1Database, abouts: readonly string[]): D1PreparedStatement {
  return db.prepare(`DELETE FROM outbox WHERE about IN (${placeholders(abouts)})`).bind(...abouts);
}
