// What the receipts page does with a posted form when JavaScript is off: a receipt code alone shows
// the status; with the passphrase, the Worker opens the reply key in memory, decrypts the conversation
// for this one response and forgets both; a follow-up is encrypted here to the conversation's keys;
// a read answer can be deleted. Every refusal becomes a UI string and the status it comes with.
import type { ChallengeAnswer } from '../../functions/core/challenge';
import { decryptConversationText, encryptConversationText } from '../../functions/core/contact/conversation';
import { MESSAGE_MAX_CHARS } from '../../functions/core/contact/limits';
import { accessCode, normalizePassphrase } from '../../functions/core/contact/reply-key';
import { isRefusal, Refusal, type RefusalCode } from '../../functions/core/errors';
import { normalizeReceiptCode } from '../../functions/core/receipt-code';
import type { EntryAuthor } from '../../functions/core/staff-api';
import { statusOf } from '../../functions/refusals';
import { type ConversationAccess, deleteReply, followUp, readConversation } from '../../functions/server/conversation-service';
import { receiptStatus } from '../../functions/server/receipt-status';
import { openReplyKey } from '../../functions/server/reply-keys';
import type { workerEnv } from '../../functions/server/worker-env';
import type { UiKey } from '../i18n/ui';

type WorkerEnv = ReturnType<typeof workerEnv>;

/** One message of the conversation, decrypted for this response. */
export interface ShownEntry {
  id: string;
  author: EntryAuthor;
  day: string;
  text: string;
}

export interface ShownConversation {
  kind: 'conversation';
  entries: ShownEntry[];
  statusKey: UiKey;
  closed: boolean;
  credentials: { code: string; passphrase: string };
  notice?: UiKey;
  followUpError?: { key: UiKey; minutes?: number };
  /** The follow-up as written, when it could not be sent. */
  draft?: string;
  /** Past the rate limit: the question whose answer sends the follow-up anyway. */
  challenge?: { token: string; a: number; b: number };
  status: number;
}

export type ReceiptOutcome =
  | { kind: 'status'; key: UiKey; status: number; found: boolean }
  | { kind: 'problem'; key: UiKey; status: number; minutes?: number }
  | ShownConversation;

const PROBLEMS: Partial<Record<RefusalCode, UiKey>> = {
  conversation_not_found: 'receipts.error.locked',
  rate_limited: 'receipts.error.tooManyAttempts',
  conversation_closed: 'receipts.followUp.closed',
  reply_not_found: 'receipts.error.locked',
  challenge_failed: 'contact.error.challengeFailed',
};

function problemOf(error: unknown): ReceiptOutcome {
  if (!isRefusal(error)) return { kind: 'problem', key: 'receipts.error.unavailable', status: 503 };
  const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 3600) / 60));
  return { kind: 'problem', key: PROBLEMS[error.code] ?? 'receipts.error.unavailable', status: statusOf(error.code), minutes };
}

async function statusOnly(db: WorkerEnv['DB'], code: string): Promise<ReceiptOutcome> {
  const status = await receiptStatus(db, code);
  return status
    ? { kind: 'status', key: `receipts.status.${status}`, status: 200, found: true }
    : { kind: 'status', key: 'receipts.error.notFound', status: 404, found: false };
}

async function shownConversation(env: WorkerEnv, access: ConversationAccess, passphrase: string, status = 200): Promise<ShownConversation> {
  const view = await readConversation(env, access);
  const key = await openReplyKey(view.replyKey, passphrase);
  if (!key) throw new Refusal('conversation_not_found');
  const entries = await Promise.all(
    view.entries.map(async (entry) => ({
      id: entry.id,
      author: entry.author,
      day: entry.day,
      text: await decryptConversationText(entry.ciphertext, key),
    })),
  );
  return {
    kind: 'conversation',
    entries,
    statusKey: `receipts.status.${view.status}`,
    closed: view.status === 'closed',
    credentials: { code: access.code, passphrase },
    status,
  };
}

export interface PostedReceiptForm {
  code: string;
  passphrase: string;
  action: string;
  message: string;
  reply: string;
  challenge?: ChallengeAnswer | undefined;
}

export async function answerReceiptForm(env: WorkerEnv, form: PostedReceiptForm, clientAddress: string): Promise<ReceiptOutcome> {
  if (!normalizeReceiptCode(form.code)) return { kind: 'problem', key: 'receipts.error.format', status: 422 };
  try {
    if (form.passphrase.trim() === '') return await statusOnly(env.DB, form.code);
    const passphrase = normalizePassphrase(form.passphrase);
    if (!passphrase) return { kind: 'problem', key: 'receipts.error.passphraseFormat', status: 422 };
    const access = { code: form.code, access: await accessCode(passphrase), clientAddress, now: new Date() };
    if (form.action === 'follow-up') return await sendFollowUp(env, { ...access, challenge: form.challenge }, passphrase, form.message);
    if (form.action === 'delete') {
      await deleteReply(env, access, form.reply);
      return { ...(await shownConversation(env, access, passphrase)), notice: 'receipts.delete.done' };
    }
    return await shownConversation(env, access, passphrase);
  } catch (error) {
    return problemOf(error);
  }
}

/** What a refused follow-up shows: the reason, the text kept, and past the limit a question to answer. */
function refusedFollowUp(error: unknown, refused: { key: UiKey; minutes?: number }, draft: string) {
  const question = isRefusal(error) ? error.challenge : undefined;
  const challenge = question?.question ? { token: question.token, ...question.question } : undefined;
  const rateLimited = isRefusal(error) && error.code === 'rate_limited';
  const key: UiKey = challenge && rateLimited ? 'contact.challenge.intro' : rateLimited ? 'contact.error.rateLimited' : refused.key;
  return { followUpError: { key, minutes: refused.minutes ?? 60 }, draft, ...(challenge ? { challenge } : {}) };
}

async function sendFollowUp(
  env: WorkerEnv,
  access: ConversationAccess & { challenge?: ChallengeAnswer | undefined },
  passphrase: string,
  message: string,
): Promise<ReceiptOutcome> {
  const text = message.trim();
  const problem: UiKey | undefined =
    text === '' ? 'receipts.followUp.required' : [...text].length > MESSAGE_MAX_CHARS ? 'contact.error.messageTooLong' : undefined;
  if (problem) return { ...(await shownConversation(env, access, passphrase, 422)), followUpError: { key: problem } };
  try {
    await followUp(env, { ...access, encrypt: (keys) => encryptConversationText(text, keys), challengeKind: 'question' });
  } catch (error) {
    const refused = problemOf(error);
    if (refused.kind !== 'problem' || refused.status === 404) return refused;
    return { ...(await shownConversation(env, access, passphrase, refused.status)), ...refusedFollowUp(error, refused, text) };
  }
  return { ...(await shownConversation(env, access, passphrase, 201)), notice: 'receipts.followUp.sent' };
}
