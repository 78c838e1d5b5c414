// Accepting, editing and withdrawing consultation contributions, for the JSON API and the form
// without JavaScript alike. A cycle that is not open, or invalid input, stores nothing.
import { normalizeSubmission, type SubmissionInput, validateSubmission } from '../../src/lib/consultation-form';
import { ApiError } from './api-error';
import { type Cycle, countryCodes, cycleState, findCycle } from './consultation-cycles';
import { type ContributionReceipt, editContribution, submitContribution, withdrawContribution } from './consultation-store';
import { positiveInteger } from './env-number';
import { hitRateLimit } from './rate-limit';

const DEFAULT_CONTRIBUTIONS_PER_HOUR = 20;

export function requireCycle(year: string): Cycle {
  const cycle = findCycle(year);
  if (!cycle) throw new ApiError(404, 'consultation_not_found', 'There is no consultation for this year.');
  return cycle;
}

export function requireOpenCycle(cycle: Cycle, now: Date): void {
  const state = cycleState(cycle, now);
  if (state === 'upcoming') throw new ApiError(409, 'consultation_not_open', 'This consultation is not open yet. Nothing was stored.');
  if (state === 'closed') throw new ApiError(409, 'consultation_closed', 'This consultation is closed. Nothing was stored.');
}

function validated(cycle: Cycle, input: SubmissionInput) {
  const fields = validateSubmission(input, cycle, countryCodes());
  if (Object.keys(fields).length > 0)
    throw new ApiError(422, 'invalid_submission', 'Some fields are missing or invalid. Nothing was stored.', {}, fields);
  return normalizeSubmission(input);
}

function receiptNotice(db: D1Database, cycle: Cycle, receipt: ContributionReceipt, recipient: string, now: Date) {
  const body = [
    `Your contribution to the EU annual consultation ${cycle.year} was received.`,
    `Contribution ID: ${receipt.id}`,
    `SHA-256 of what was stored: ${receipt.contentSha256}`,
    `You can view, change or withdraw it with your secret until ${cycle.closes_at.toISOString().slice(0, 10)}.`,
  ].join('\n');
  return db
    .prepare('INSERT INTO outbox (id, recipient, subject, body, created_at) VALUES (?, ?, ?, ?, ?)')
    .bind(crypto.randomUUID(), recipient, `Receipt for your contribution ${receipt.id}`, body, Math.floor(now.getTime() / 1000))
    .run();
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
  const limit = await hitRateLimit(
    env.DB,
    'consultation',
    clientAddress,
    positiveInteger(env.CONSULTATION_RATE_LIMIT, DEFAULT_CONTRIBUTIONS_PER_HOUR),
    now,
  );
  if (!limit.allowed) {
    throw new ApiError(429, 'rate_limited', 'Too many contributions from this connection. Try again later.', {
      'Retry-After': String(limit.retryAfterSeconds),
    });
  }
  const receipt = await submitContribution(env, cycle, submission, key, now);
  if (!receipt.replayed && submission.contactEmail) {
    // The receipt itself is stored; a notice that cannot be queued must not undo it.
    await receiptNotice(env.DB, cycle, receipt, submission.contactEmail, now).catch(() => undefined);
  }
  return receipt;
}

export async function changeContribution(
  env: Env,
  cycle: Cycle,
  id: string,
  secret: string,
  input: SubmissionInput,
  now: Date,
): Promise<ContributionReceipt> {
  requireOpenCycle(cycle, now);
  return editContribution(env, cycle, id, secret, validated(cycle, { ...input, attachment: undefined }), now);
}

export async function removeContribution(env: Env, cycle: Cycle, id: string, secret: string, now: Date): Promise<void> {
  requireOpenCycle(cycle, now);
  await withdrawContribution(env, cycle, id, secret);
}
