// The consultation_submissions table: the only place its SQL lives.
import type { CanonicalFields } from '../../core/consultation/canonical';
import { placeholders } from './sql';

export interface ContributionRow extends CanonicalFields {
  attachment_key: string | null;
  content_sha256: string;
  moderation: string;
  submitted_at: number;
  updated_at: number;
}

/** What a retry under an idempotency key is checked against and answered with. */
export interface IdempotentRow extends ContributionRow {
  /** Sealed under the idempotency key; null for contributions stored before secrets were separate. */
  sealed_secret: string | null;
  /** SHA-256 of the submission as first received, without its ID; null as above. */
  request_sha256: string | null;
}

export interface NewContributionRow extends CanonicalFields {
  attachment_key: string | null;
  content_sha256: string;
  idempotency_key_hash: string;
  secret_hash: string;
  sealed_secret: string;
  request_sha256: string;
  submitted_at: number;
}

export type ContributionFilter = 'all' | 'published';

const COLUMNS =
  'id, cycle, organisation, organisation_type, country, contact_email, transparency_register_id, publication, answers, attachment_key, attachment_sha256, content_sha256, moderation, submitted_at, updated_at';
const FILTERS: Record<ContributionFilter, string> = {
  all: '1 = 1',
  published: "moderation = 'approved' AND publication IN ('public', 'anonymous')",
};

function byIdempotencyKeyHash(db: D1Database, cycle: string, keyHash: string): D1PreparedStatement {
  return db
    .prepare(`SELECT ${COLUMNS}, sealed_secret, request_sha256 FROM consultation_submissions WHERE cycle = ? AND idempotency_key_hash = ?`)
    .bind(cycle, keyHash);
}

export function contributionByIdempotencyKeyHash(db: D1Database, cycle: string, keyHash: string): Promise<IdempotentRow | null> {
  return byIdempotencyKeyHash(db, cycle, keyHash).first<IdempotentRow>();
}

export function contributionByIdAndSecretHash(
  db: D1Database,
  cycle: string,
  id: string,
  secretHash: string,
): Promise<ContributionRow | null> {
  return db
    .prepare(`SELECT ${COLUMNS} FROM consultation_submissions WHERE cycle = ? AND id = ? AND secret_hash = ?`)
    .bind(cycle, id, secretHash)
    .first<ContributionRow>();
}

/**
 * Inserts the contribution unless its cycle already has one under the same idempotency key (or, very
 * unlikely, the same ID), then reads whichever is stored under the key: one D1 round trip either way.
 */
export async function insertContributionOrFindEarlier(db: D1Database, row: NewContributionRow): Promise<IdempotentRow | null> {
  const insert = db
    .prepare(
      `INSERT INTO consultation_submissions (${COLUMNS}, idempotency_key_hash, secret_hash, sealed_secret, request_sha256)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?)
       ON CONFLICT DO NOTHING`,
    )
    .bind(
      row.id,
      row.cycle,
      row.organisation,
      row.organisation_type,
      row.country,
      row.contact_email,
      row.transparency_register_id,
      row.publication,
      row.answers,
      row.attachment_key,
      row.attachment_sha256,
      row.content_sha256,
      row.submitted_at,
      row.submitted_at,
      row.idempotency_key_hash,
      row.secret_hash,
      row.sealed_secret,
      row.request_sha256,
    );
  const [, stored] = await db.batch<IdempotentRow>([insert, byIdempotencyKeyHash(db, row.cycle, row.idempotency_key_hash)]);
  return stored?.results[0] ?? null;
}

/** Replaces the content of a contribution (not its attachment) and sends it back to moderation. */
export async function updateContribution(db: D1Database, fields: CanonicalFields, contentSha256: string, updatedAt: number): Promise<void> {
  await db
    .prepare(
      `UPDATE consultation_submissions SET organisation = ?, organisation_type = ?, country = ?, contact_email = ?, transparency_register_id = ?,
       publication = ?, answers = ?, content_sha256 = ?, moderation = 'pending', updated_at = ? WHERE id = ?`,
    )
    .bind(
      fields.organisation,
      fields.organisation_type,
      fields.country,
      fields.contact_email,
      fields.transparency_register_id,
      fields.publication,
      fields.answers,
      contentSha256,
      updatedAt,
      fields.id,
    )
    .run();
}

export function deleteContribution(db: D1Database, id: string): D1PreparedStatement {
  return db.prepare('DELETE FROM consultation_submissions WHERE id = ?').bind(id);
}

export async function contributionsOfCycle(db: D1Database, cycle: string, filter: ContributionFilter = 'all'): Promise<ContributionRow[]> {
  const { results } = await db
    .prepare(`SELECT ${COLUMNS} FROM consultation_submissions WHERE cycle = ? AND ${FILTERS[filter]} ORDER BY submitted_at, id`)
    .bind(cycle)
    .all<ContributionRow>();
  return results;
}

/** Sets the moderation decision of a publishable contribution; false when there is none with this ID. */
/** Where a contribution of this cycle keeps its PDF, if it has one. */
export async function attachmentKeyOf(db: D1Database, cycle: string, id: string): Promise<string | null> {
  const row = await db
    .prepare('SELECT attachment_key FROM consultation_submissions WHERE cycle = ? AND id = ?')
    .bind(cycle, id)
    .first<{ attachment_key: string | null }>();
  return row?.attachment_key ?? null;
}

export async function moderateContribution(db: D1Database, cycle: string, id: string, decision: 'approved' | 'refused'): Promise<boolean> {
  const result = await db
    .prepare("UPDATE consultation_submissions SET moderation = ? WHERE id = ? AND cycle = ? AND publication != 'confidential'")
    .bind(decision, id, cycle)
    .run();
  return (result.meta.changes ?? 0) > 0;
}

/** Which of these attachment keys (at most 100) a contribution still refers to. */
export async function ownedContributionAttachments(db: D1Database, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const { results } = await db
    .prepare(`SELECT attachment_key FROM consultation_submissions WHERE attachment_key IN (${placeholders(keys)})`)
    .bind(...keys)
    .all<{ attachment_key: string }>();
  return new Set(results.map((row) => row.attachment_key));
}

/** At most `limit` contributions of a cycle, with their attachments, for the retention clean-up. */
export async function contributionsOfCycleToDelete(
  db: D1Database,
  cycle: string,
  limit: number,
): Promise<{ id: string; attachment_key: string | null }[]> {
  const { results } = await db
    .prepare('SELECT id, attachment_key FROM consultation_submissions WHERE cycle = ? LIMIT ?')
    .bind(cycle, limit)
    .all<{ id: string; attachment_key: string | null }>();
  return results;
}

export function deleteContributions(db: D1Database, ids: readonly string[]): D1PreparedStatement {
  return db.prepare(`DELETE FROM consultation_submissions WHERE id IN (${placeholders(ids)})`).bind(...ids);
}

/** Drops the contact e-mail of at most `limit` contributions of a cycle; returns their IDs. */
export async function forgetContactEmails(db: D1Database, cycle: string, limit: number): Promise<string[]> {
  const { results } = await db
    .prepare(
      `UPDATE consultation_submissions SET contact_email = NULL
       WHERE id IN (SELECT id FROM consultation_submissions WHERE cycle = ? AND contact_email IS NOT NULL LIMIT ?) RETURNING id`,
    )
    .bind(cycle, limit)
    .all<{ id: string }>();
  return results.map((row) => row.id);
}
