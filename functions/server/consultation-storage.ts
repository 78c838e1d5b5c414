// Stores consultation contributions: idempotent on the form's key, attachment in R2 before the row
// in D1 (removed again if the row cannot be written), and a receipt made of the contribution ID and
// the SHA-256 of the canonical stored submission. The form's key is also the submitter's secret for
// viewing, editing or withdrawing until the deadline; only its hash is kept.
import { type CanonicalFields, contentSha256, sortedObject } from '../core/consultation/canonical';
import type { Cycle } from '../core/consultation/cycles';
import type { ValidSubmission } from '../core/consultation/validation';
import { sha256Hex } from '../core/digest';
import { Refusal } from '../core/errors';
import { newReceiptCode, normalizeReceiptCode } from '../core/receipt-code';
import {
  type ContributionRow,
  contributionByIdAndKeyHash,
  contributionByKeyHash,
  deleteContribution,
  insertContribution,
  updateContribution,
} from './stores/consultation-submissions';

export interface ContributionReceipt {
  id: string;
  contentSha256: string;
  secret: string;
  /** True when this is a retry of a submission already stored. */
  replayed: boolean;
}

export function secretFromKey(key: string): string | undefined {
  return normalizeReceiptCode(key);
}

function canonicalFields(cycle: Cycle, id: string, submission: ValidSubmission, attachmentSha256: string | null): CanonicalFields {
  return {
    id,
    cycle: cycle.year,
    organisation: submission.organisation,
    organisation_type: submission.type,
    country: submission.country,
    contact_email: submission.contactEmail,
    transparency_register_id: submission.transparencyRegisterId,
    publication: submission.publication,
    answers: JSON.stringify(sortedObject(submission.answers)),
    attachment_sha256: attachmentSha256,
  };
}

const replayOf = (row: ContributionRow, key: string): ContributionReceipt => ({
  id: row.id,
  contentSha256: row.content_sha256,
  secret: key,
  replayed: true,
});

export async function submitContribution(
  env: Env,
  cycle: Cycle,
  submission: ValidSubmission,
  key: string,
  now: Date,
): Promise<ContributionReceipt> {
  const secret = secretFromKey(key);
  if (!secret) throw new Refusal('invalid_idempotency_key');
  const keyHash = await sha256Hex(secret);
  const existing = await contributionByKeyHash(env.DB, cycle.year, keyHash);
  if (existing) return replayOf(existing, key);

  const id = `C${cycle.year}-${newReceiptCode().slice(0, 9)}`;
  const fields = canonicalFields(cycle, id, submission, submission.attachment ? await sha256Hex(submission.attachment.bytes) : null);
  const attachmentKey = submission.attachment ? `consultations/${id}.pdf` : null;
  if (submission.attachment && attachmentKey) {
    await env.ATTACHMENTS.put(attachmentKey, submission.attachment.bytes, { httpMetadata: { contentType: 'application/pdf' } }).catch(
      () => {
        throw new Refusal('storage_unavailable');
      },
    );
  }
  const hash = await contentSha256(fields);
  try {
    await insertContribution(env.DB, {
      ...fields,
      attachment_key: attachmentKey,
      content_sha256: hash,
      key_hash: keyHash,
      submitted_at: Math.floor(now.getTime() / 1000),
    });
  } catch {
    if (attachmentKey) await env.ATTACHMENTS.delete(attachmentKey).catch(() => undefined);
    const raced = await contributionByKeyHash(env.DB, cycle.year, keyHash).catch(() => null);
    if (raced) return replayOf(raced, key);
    throw new Refusal('storage_unavailable');
  }
  return { id, contentSha256: hash, secret: key, replayed: false };
}

/** The contribution behind an ID and secret, while it exists. */
export async function contributionBySecret(db: D1Database, cycle: Cycle, id: string, secret: string): Promise<ContributionRow> {
  const normalized = secretFromKey(secret);
  const row = normalized ? await contributionByIdAndKeyHash(db, cycle.year, id.trim().toUpperCase(), await sha256Hex(normalized)) : null;
  if (!row) throw new Refusal('contribution_not_found');
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
  const fields = canonicalFields(cycle, row.id, submission, row.attachment_sha256);
  const hash = await contentSha256(fields);
  await updateContribution(env.DB, fields, hash, Math.floor(now.getTime() / 1000));
  return { id: row.id, contentSha256: hash, secret, replayed: false };
}

/**
 * Deletes the attached PDF, then the row. A PDF that cannot be deleted does not keep the row: the
 * withdrawal goes ahead, and the sweep of orphaned objects under consultations/ removes the file later.
 * A row that cannot be deleted fails the withdrawal with its file already gone, and a retry finishes it.
 */
export async function withdrawContribution(env: Env, cycle: Cycle, id: string, secret: string): Promise<void> {
  const row = await contributionBySecret(env.DB, cycle, id, secret);
  if (row.attachment_key) await env.ATTACHMENTS.delete(row.attachment_key).catch(() => undefined);
  await deleteContribution(env.DB, row.id);
}
