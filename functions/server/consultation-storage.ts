// Stores consultation contributions: idempotent on the form's key, attachment in R2 before the row
// in D1 (removed again if the row cannot be written), and a receipt made of the contribution ID and
// the SHA-256 of the canonical stored submission. The secret for viewing, editing or withdrawing until
// the deadline is made here, shown once in the receipt and kept only as a hash, and sealed under the
// form's key so that a retry of the same submission gets it back. The key itself only deduplicates.
import { type CanonicalFields, contentSha256, sortedObject, submissionSha256 } from '../core/consultation/canonical';
import type { Cycle } from '../core/consultation/cycles';
import type { ValidSubmission } from '../core/consultation/validation';
import { sha256Hex } from '../core/digest';
import { Refusal } from '../core/errors';
import { newReceiptCode, newSecretCode, normalizeReceiptCode, RECEIPT_CODE_LENGTH, SECRET_CODE_LENGTH } from '../core/receipt-code';
import { openSecret, sealSecret } from '../core/sealed';
import {
  type ContributionRow,
  contributionByIdAndSecretHash,
  contributionByIdempotencyKeyHash,
  deleteContribution,
  type IdempotentRow,
  insertContributionOrFindEarlier,
  updateContribution,
} from './stores/consultation-submissions';
import { forgetNoticesAbout } from './stores/outbox';

export interface ContributionReceipt {
  id: string;
  contentSha256: string;
  secret: string;
  /** True when this is a retry of a submission already stored. */
  replayed: boolean;
}

/** A retry of a submission already stored: its receipt; or the same key with other content. */
export type EarlierSubmission = ContributionReceipt | 'conflict';

/** The form's key, normalized; refused before anything counts or is stored when it is not a valid key. */
export function idempotencyKeyOf(key: string): string {
  const normalized = normalizeReceiptCode(key);
  if (!normalized) throw new Refusal('invalid_idempotency_key');
  return normalized;
}

// Secrets made here have 28 characters; contributions stored before secrets were separate keep their
// 16-character idempotency key as their secret.
const normalizedSecret = (secret: string) => normalizeReceiptCode(secret, [SECRET_CODE_LENGTH, RECEIPT_CODE_LENGTH]);

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

async function attachmentSha256(submission: ValidSubmission): Promise<string | null> {
  return submission.attachment ? sha256Hex(submission.attachment.bytes) : null;
}

async function answerRetry(row: IdempotentRow, request: string, key: string, sentKey: string): Promise<EarlierSubmission> {
  // Rows from before secrets were separate have no request hash: a retry must match what is stored.
  if (request !== (row.request_sha256 ?? (await submissionSha256(row)))) return 'conflict';
  // ...and no sealed secret: their secret is the key itself.
  const secret = row.sealed_secret === null ? sentKey : await openSecret(row.sealed_secret, key, row.id);
  if (secret === undefined) throw new Refusal('storage_unavailable', { message: 'The stored receipt could not be read.' });
  return { id: row.id, contentSha256: row.content_sha256, secret, replayed: true };
}

/**
 * The receipt of the submission already stored under this idempotency key when this is a retry of it
 * (same content, after normalization), 'conflict' when the key was used for other content, and
 * undefined when the key is new.
 */
export async function earlierSubmission(
  env: Env,
  cycle: Cycle,
  submission: ValidSubmission,
  sentKey: string,
): Promise<EarlierSubmission | undefined> {
  const key = idempotencyKeyOf(sentKey);
  const row = await contributionByIdempotencyKeyHash(env.DB, cycle.year, await sha256Hex(key));
  if (!row) return undefined;
  const request = await submissionSha256(canonicalFields(cycle, '', submission, await attachmentSha256(submission)));
  return answerRetry(row, request, key, sentKey);
}

/**
 * Stores a new contribution under its idempotency key, in one D1 round trip that also finds a
 * contribution stored earlier under it: then nothing new is kept, and the answer is the earlier
 * receipt (`replayed`) or 'conflict' when the key was used for other content.
 */
export async function storeContribution(
  env: Env,
  cycle: Cycle,
  submission: ValidSubmission,
  sentKey: string,
  now: Date,
): Promise<EarlierSubmission> {
  const key = idempotencyKeyOf(sentKey);
  const id = `C${cycle.year}-${newReceiptCode().slice(0, 9)}`;
  const secret = newSecretCode();
  const fields = canonicalFields(cycle, id, submission, await attachmentSha256(submission));
  const attachmentKey = submission.attachment ? `consultations/${id}.pdf` : null;
  if (submission.attachment && attachmentKey) {
    await env.ATTACHMENTS.put(attachmentKey, submission.attachment.bytes, { httpMetadata: { contentType: 'application/pdf' } }).catch(
      () => {
        throw new Refusal('storage_unavailable');
      },
    );
  }
  const [hash, request, keyHash, secretHash, sealedSecret] = await Promise.all([
    contentSha256(fields),
    submissionSha256(fields),
    sha256Hex(key),
    sha256Hex(normalizedSecret(secret) ?? secret),
    sealSecret(secret, key, id),
  ]);
  const stored = await insertContributionOrFindEarlier(env.DB, {
    ...fields,
    attachment_key: attachmentKey,
    content_sha256: hash,
    idempotency_key_hash: keyHash,
    secret_hash: secretHash,
    sealed_secret: sealedSecret,
    request_sha256: request,
    submitted_at: Math.floor(now.getTime() / 1000),
  }).catch(() => undefined);
  if (stored?.id === id) return { id, contentSha256: hash, secret, replayed: false };
  if (attachmentKey) await env.ATTACHMENTS.delete(attachmentKey).catch(() => undefined);
  if (!stored) throw new Refusal('storage_unavailable');
  return answerRetry(stored, request, key, sentKey);
}

/** The contribution behind an ID and secret, while it exists. */
export async function contributionBySecret(db: D1Database, cycle: Cycle, id: string, secret: string): Promise<ContributionRow> {
  const normalized = normalizedSecret(secret);
  const row = normalized ? await contributionByIdAndSecretHash(db, cycle.year, id.trim().toUpperCase(), await sha256Hex(normalized)) : null;
  if (!row) throw new Refusal('contribution_not_found');
  return row;
}

export async function editContribution(
  env: Env,
  cycle: Cycle,
  row: ContributionRow,
  submission: ValidSubmission,
  now: Date,
): Promise<{ id: string; contentSha256: string }> {
  const fields = canonicalFields(cycle, row.id, submission, row.attachment_sha256);
  const hash = await contentSha256(fields);
  await updateContribution(env.DB, fields, hash, Math.floor(now.getTime() / 1000));
  return { id: row.id, contentSha256: hash };
}

/**
 * Deletes the attached PDF, then the row. A PDF that cannot be deleted does not keep the row: the
 * withdrawal goes ahead, and the sweep of orphaned objects under consultations/ removes the file later.
 * A row that cannot be deleted fails the withdrawal with its file already gone, and a retry finishes it.
 */
export async function withdrawContribution(env: Env, row: ContributionRow): Promise<void> {
  if (row.attachment_key) await env.ATTACHMENTS.delete(row.attachment_key).catch(() => undefined);
  await env.DB.batch([deleteContribution(env.DB, row.id), forgetNoticesAbout(env.DB, [row.id])]);
}
