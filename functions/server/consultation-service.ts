// Accepting, editing and withdrawing consultation contributions, for the JSON API and the form
// without JavaScript alike. A cycle that is not open, or invalid input, stores nothing.
import { canonicalContribution } from '../core/consultation/canonical';
import { type Cycle, cycleState } from '../core/consultation/cycles';
import { normalizeSubmission, type SubmissionInput, validateSubmission } from '../core/consultation/validation';
import { Refusal } from '../core/errors';
import {
  type ContributionReceipt,
  contributionBySecret,
  earlierSubmission,
  editContribution,
  idempotencyKeyOf,
  storeContribution,
  withdrawContribution,
} from './consultation-storage';
import { findCycle } from './content/consultations';
import { countryCodes } from './content/countries';
import { enforceRateLimit, giveBackToLimit, takeFromLimit } from './rate-limit';
import { contributionsPerHour, secretChecksPerHour } from './settings';
import type { ContributionRow } from './stores/consultation-submissions';
import { enqueueNotice } from './stores/outbox';

export function requireCycle(year: string): Cycle {
  const cycle = findCycle(year);
  if (!cycle) throw new Refusal('consultation_not_found');
  return cycle;
}

export function requireOpenCycle(cycle: Cycle, now: Date): void {
  const state = cycleState(cycle, now);
  if (state === 'upcoming') throw new Refusal('consultation_not_open');
  if (state === 'closed') throw new Refusal('consultation_closed');
}

function validated(cycle: Cycle, input: SubmissionInput) {
  const fields = validateSubmission(input, cycle, countryCodes());
  if (Object.keys(fields).length > 0) throw new Refusal('invalid_submission', { fields });
  return normalizeSubmission(input);
}

function receiptNotice(db: D1Database, cycle: Cycle, receipt: ContributionReceipt, recipient: string, now: Date) {
  const body = [
    `Your contribution to the EU annual consultation ${cycle.year} was received.`,
    `Contribution ID: ${receipt.id}`,
    `SHA-256 of what was stored: ${receipt.contentSha256}`,
    `You can view, change or withdraw it with your secret until ${cycle.closes_at.toISOString().slice(0, 10)}.`,
  ].join('\n');
  return enqueueNotice(
    db,
    { kind: 'receipt', recipient, subject: `Receipt for your contribution ${receipt.id}`, body, about: receipt.id },
    now,
  ).run();
}

export async function acceptContribution(
  env: Env,
  cycle: Cycle,
  input: SubmissionInput,
  key: string,
  now: Date,
  clientAddress: string,
): Promise<ContributionReceipt> {
  requireOpenCycle(cycle, now);
  const submission = validated(cycle, input);
  idempotencyKeyOf(key);
  const scope = 'consultation';
  const decision = await takeFromLimit(env, scope, clientAddress, contributionsPerHour(env), now);
  if (!decision.allowed) {
    // A retry of a stored submission gets its receipt whatever the rate limit.
    const earlier = await earlierSubmission(env, cycle, submission, key);
    if (earlier && earlier !== 'conflict') return earlier;
    throw new Refusal('rate_limited', { retryAfterSeconds: decision.retryAfterSeconds });
  }
  const receipt = await storeContribution(env, cycle, submission, key, now);
  // The same key with other content counts; a retry of a stored submission does not.
  if (receipt === 'conflict') throw new Refusal('idempotency_conflict');
  if (receipt.replayed) await giveBackToLimit(env, scope, clientAddress, now).catch(() => undefined);
  else if (submission.contactEmail) {
    // The receipt itself is stored; a notice that cannot be queued must not undo it.
    await receiptNotice(env.DB, cycle, receipt, submission.contactEmail, now).catch(() => undefined);
  }
  return receipt;
}

/**
 * The contribution behind an ID and secret. Every attempt counts against the client's limit before
 * the secret is checked, so that a client over its limit learns nothing about the secrets it tries.
 */
export async function openContribution(
  env: Env,
  cycle: Cycle,
  id: string,
  secret: string,
  now: Date,
  clientAddress: string,
): Promise<ContributionRow> {
  await enforceRateLimit(env, 'consultation-secret', clientAddress, secretChecksPerHour(env), now);
  return contributionBySecret(env.DB, cycle, id, secret);
}

export async function changeContribution(
  env: Env,
  cycle: Cycle,
  id: string,
  secret: string,
  input: SubmissionInput,
  now: Date,
  clientAddress: string,
): Promise<{ id: string; contentSha256: string }> {
  requireOpenCycle(cycle, now);
  const submission = validated(cycle, { ...input, attachment: undefined });
  const row = await openContribution(env, cycle, id, secret, now, clientAddress);
  return editContribution(env, cycle, row, submission, now);
}

export async function removeContribution(
  env: Env,
  cycle: Cycle,
  id: string,
  secret: string,
  now: Date,
  clientAddress: string,
): Promise<void> {
  requireOpenCycle(cycle, now);
  await withdrawContribution(env, await openContribution(env, cycle, id, secret, now, clientAddress));
}

/** What was stored under an ID and secret, in the canonical form its receipt hashes. */
export async function viewContribution(env: Env, cycle: Cycle, id: string, secret: string, now: Date, clientAddress: string) {
  const row = await openContribution(env, cycle, id, secret, now, clientAddress);
  return { canonical: JSON.parse(canonicalContribution(row)) as unknown, contentSha256: row.content_sha256, moderation: row.moderation };
}
