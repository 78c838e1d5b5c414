// Stores consultation contributions: idempotent on the form's key, attachment in R2 before the row
// in D1 (removed again if the row cannot be written), and a receipt made of the contribution ID and
// the SHA-256 of the canonical stored submission. The form's key is also the submitter's secret for
// viewing, editing or withdrawing until the deadline; only its hash is kept.
import type { ValidSubmission } from '../../src/lib/consultation-form';
import { ApiError } from './api-error';
import type { Cycle } from './consultation-cycles';
import { newReceiptCode, normalizeReceiptCode } from './receipt-code';
import { sha256Hex } from './sha256';

export interface ContributionRow {
  id: string;
  cycle: string;
  organisation: string;
  organisation_type: string;
  country: string;
  contact_email: string | null;
  transparency_register_id: string | null;
  publication: string;
  answers: string;
  attachment_key: string | null;
  attachment_sha256: string | null;
  content_sha256: string;
  moderation: string;
  submitted_at: number;
  updated_at: number;
}

export interface ContributionReceipt {
  id: string;
  contentSha256: string;
  secret: string;
  /** True when this is a retry of a submission already stored. */
  replayed: boolean;
}

const COLUMNS =
  'id, cycle, organisation, organisation_type, country, contact_email, transparency_register_id, publication, answers, attachment_key, attachment_sha256, content_sha256, moderation, submitted_at, updated_at';

function sortedObject(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The canonical form whose SHA-256 is the receipt: every stored field, keys sorted, no whitespace. */
export function canonicalContribution(
  row: Omit<ContributionRow, 'content_sha256' | 'moderation' | 'submitted_at' | 'updated_at' | 'attachment_key'>,
): string {
  return JSON.stringify({
    answers: sortedObject(JSON.parse(row.answers) as Record<string, string>),
    attachment_sha256: row.attachment_sha256,
    contact_email: row.contact_email,
    country: row.country,
    cycle: row.cycle,
    id: row.id,
    organisation: row.organisation,
    organisation_type: row.organisation_type,
    publication: row.publication,
    transparency_register_id: row.transparency_register_id,
  });
}

function storageFailure(): ApiError {
  return new ApiError(503, 'storage_unavailable', 'The contribution could not be stored. Nothing was kept; please try again later.');
}

export function secretFromKey(key: string): string | undefined {
  return normalizeReceiptCode(key);
}

async function contentFields(cycle: Cycle, id: string, submission: ValidSubmission, attachmentSha256: string | null) {
  const fields = {
    id,
    cycle: cycle.year,
    organisation: submission.organisation,
    organisation_type: submission.type,
    country: submission.country,
    contact_email: submission.contactEmail,
    transparency_register_id: submission.registerId,
    publication: submission.publication,
    answers: JSON.stringify(sortedObject(submission.answers)),
    attachment_sha256: attachmentSha256,
  };
  return { ...fields, content_sha256: await sha256Hex(canonicalContribution(fields)) };
}

async function byKeyHash(db: D1Database, cycle: string, keyHash: string) {
  return db
    .prepare(`SELECT ${COLUMNS} FROM consultation_submissions WHERE cycle = ? AND key_hash = ?`)
    .bind(cycle, keyHash)
    .first<ContributionRow>();
}

export async function submitContribution(
  env: Env,
  cycle: Cycle,
  submission: ValidSubmission,
  key: string,
  now: Date,
): Promise<ContributionReceipt> {
  const secret = secretFromKey(key);
  if (!secret)
    throw new ApiError(
      422,
      'invalid_idempotency_key',
      'The idempotency key must be a code of 16 letters and digits, as the form provides.',
    );
  const keyHash = await sha256Hex(secret);
  const existing = await byKeyHash(env.DB, cycle.year, keyHash);
  if (existing) return { id: existing.id, contentSha256: existing.content_sha256, secret: key, replayed: true };

  const id = `C${cycle.year}-${newReceiptCode().slice(0, 9)}`;
  const attachmentSha256 = submission.attachment ? await sha256Hex(submission.attachment.bytes) : null;
  const fields = await contentFields(cycle, id, submission, attachmentSha256);
  const attachmentKey = submission.attachment ? `consultations/${id}.pdf` : null;
  if (submission.attachment && attachmentKey) {
    await env.ATTACHMENTS.put(attachmentKey, submission.attachment.bytes, { httpMetadata: { contentType: 'application/pdf' } }).catch(
      () => {
        throw storageFailure();
      },
    );
  }
  const seconds = Math.floor(now.getTime() / 1000);
  try {
    await env.DB.prepare(
      `INSERT INTO consultation_submissions (${COLUMNS}, key_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?)`,
    )
      .bind(
        fields.id,
        fields.cycle,
        fields.organisation,
        fields.organisation_type,
        fields.country,
        fields.contact_email,
        fields.transparency_register_id,
        fields.publication,
        fields.answers,
        attachmentKey,
        fields.attachment_sha256,
        fields.content_sha256,
        seconds,
        seconds,
        keyHash,
      )
      .run();
  } catch {
    if (attachmentKey) await env.ATTACHMENTS.delete(attachmentKey).catch(() => undefined);
    const raced = await byKeyHash(env.DB, cycle.year, keyHash).catch(() => null);
    if (raced) return { id: raced.id, contentSha256: raced.content_sha256, secret: key, replayed: true };
    throw storageFailure();
  }
  return { id, contentSha256: fields.content_sha256, secret: key, replayed: false };
}

/** The contribution behind an ID and secret, while it exists. */
export async function contributionBySecret(db: D1Database, cycle: Cycle, id: string, secret: string): Promise<ContributionRow> {
  const normalized = secretFromKey(secret);
  const row = normalized
    ? await db
        .prepare(`SELECT ${COLUMNS} FROM consultation_submissions WHERE cycle = ? AND id = ? AND key_hash = ?`)
        .bind(cycle.year, id.trim().toUpperCase(), await sha256Hex(normalized))
        .first<ContributionRow>()
    : null;
  if (!row) throw new ApiError(404, 'contribution_not_found', 'No contribution matches this ID and secret.');
  return row;
}

export async function editContribution(
  env: Env,
  cycle: Cycle,
  id: string,
  secret: string,
  submission: ValidSubmission,
  now: Date,
): Promise<ContributionReceipt> {
  const row = await contributionBySecret(env.DB, cycle, id, secret);
  const fields = await contentFields(cycle, row.id, submission, row.attachment_sha256);
  await env.DB.prepare(
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
      fields.content_sha256,
      Math.floor(now.getTime() / 1000),
      row.id,
    )
    .run();
  return { id: row.id, contentSha256: fields.content_sha256, secret, replayed: false };
}

export async function withdrawContribution(env: Env, cycle: Cycle, id: string, secret: string): Promise<void> {
  const row = await contributionBySecret(env.DB, cycle, id, secret);
  await env.DB.prepare('DELETE FROM consultation_submissions WHERE id = ?').bind(row.id).run();
  if (row.attachment_key) await env.ATTACHMENTS.delete(row.attachment_key).catch(() => undefined);
}
