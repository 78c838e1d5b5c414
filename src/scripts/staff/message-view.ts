// One message opened: its conversation decrypted in this browser with the open keys, its
// attachment decrypted and offered as a file, its status, and the reply form.
import { safeFileName, untarSingleFile } from '../../../functions/core/contact/tar';
import type {
  StaffConversation as Conversation,
  ConversationEntry,
  MessageStatus,
  StaffMessage as MessageSummary,
} from '../../../functions/core/staff-api';
import { announce, showFailure, showProblem } from './announce';
import { facts, h, part } from './dom';
import { offer, withdraw } from './downloads';
import { STATUS_NAMES } from './inbox';
import { decryptBytes, decryptText, openKeys } from './keyring';
import { deskName, formatDay, formatSize, say } from './page-data';
import { sendReply } from './reply';
import { getJson, postJson, staffFetch } from './session';

export interface MessageViewHooks {
  /** The message changed on the server (status, reply): the inbox lists it again. */
  changed(): void;
  /** No key is open: the key form takes the focus. */
  needKey(): void;
}

let current: { summary: MessageSummary; conversation: Conversation } | undefined;
const view = () => part('message-view');

async function decryptEntry(entry: ConversationEntry): Promise<HTMLElement> {
  const heading = say(entry.author === 'staff' ? 'staff.message.fromStaff' : 'staff.message.fromDefender', { day: formatDay(entry.day) });
  // Messages are padded with trailing spaces to their size bucket; the padding is not shown.
  const text = await decryptText(entry.ciphertext).then(
    (plain) => plain.trimEnd(),
    () => undefined,
  );
  return h(
    'article',
    { class: `entry entry-${entry.author}`, 'data-entry': entry.author },
    h('h3', {}, heading),
    text === undefined ? h('p', { class: 'field-error' }, say('staff.message.cannotDecrypt')) : h('pre', { class: 'plaintext' }, text),
  );
}

function showFacts(conversation: Conversation, summary: MessageSummary): void {
  part('message-facts').replaceChildren(
    facts([
      [say('staff.message.concerns'), deskName(conversation.concerns)],
      [say('staff.message.status'), say(STATUS_NAMES[conversation.status])],
      [say('staff.inbox.column.size'), formatSize(summary.sizeBucket)],
    ]),
  );
}

function showReplyForm(conversation: Conversation): void {
  part('reply-form').hidden = conversation.replyKey === null;
  part('no-reply').hidden = conversation.replyKey !== null;
}

async function render(summary: MessageSummary, conversation: Conversation): Promise<number> {
  const entries = await Promise.all(conversation.entries.map(decryptEntry));
  part('message-heading').textContent = say('staff.message.heading', { day: formatDay(conversation.receivedOn) });
  showFacts(conversation, summary);
  part('message-entries').replaceChildren(...entries);
  part('attachment').hidden = summary.attachment === null;
  withdraw(part<HTMLAnchorElement>('attachment-link'));
  part<HTMLSelectElement>('message-status').value = ['read', 'answered', 'closed'].includes(conversation.status)
    ? conversation.status
    : 'read';
  showReplyForm(conversation);
  return entries.filter((entry) => entry.querySelector('.plaintext')).length;
}

export async function openMessage(summary: MessageSummary, hooks: MessageViewHooks): Promise<void> {
  if (openKeys().length === 0) {
    showProblem(say('staff.key.needed'));
    hooks.needKey();
    return;
  }
  announce(say('staff.message.decrypting'));
  try {
    const conversation = await getJson<Conversation>(`/api/staff/messages/${encodeURIComponent(summary.id)}/conversation`);
    const readable = await render(summary, conversation);
    current = { summary, conversation };
    view().hidden = false;
    part('message-heading').focus();
    if (readable === conversation.entries.length) announce(say('staff.message.decrypted'));
    else showProblem(say('staff.message.cannotDecrypt'));
  } catch (error) {
    showFailure(error, say('staff.message.cannotDecrypt'));
  }
}

/** Forgets the open message: its decrypted text, its file, the reply being written. */
export function closeMessage(): void {
  current = undefined;
  part('message-entries').replaceChildren();
  part('message-facts').replaceChildren();
  withdraw(part<HTMLAnchorElement>('attachment-link'));
  part<HTMLTextAreaElement>('reply-text').value = '';
  view().hidden = true;
}

async function saveAttachment(): Promise<void> {
  const path = current?.summary.attachment;
  if (!path) return;
  const link = part<HTMLAnchorElement>('attachment-link');
  try {
    const armored = await (await staffFetch(path)).text();
    const file = untarSingleFile(await decryptBytes(armored));
    const name = safeFileName(file.name);
    offer(link, file.bytes, name, say('staff.download.save', { name }), () => {
      announce(say('staff.download.saved', { name }));
      part('attachment-decrypt').focus();
    });
    announce(say('staff.download.ready', { name }));
    link.focus();
  } catch (error) {
    showFailure(error, say('staff.attachment.failed'));
  }
}

async function changeStatus(status: MessageStatus): Promise<void> {
  if (!current) return;
  try {
    await postJson(`/api/staff/messages/${encodeURIComponent(current.summary.id)}/status`, { status });
    current.conversation = { ...current.conversation, status };
    showFacts(current.conversation, current.summary);
    announce(say('staff.status.changed', { status: say(STATUS_NAMES[status]) }));
  } catch (error) {
    showFailure(error, say('staff.error.network'));
  }
}

async function reply(hooks: MessageViewHooks): Promise<void> {
  const textarea = part<HTMLTextAreaElement>('reply-text');
  if (!current?.conversation.replyKey) return;
  if (textarea.value.trim() === '') {
    showProblem(say('staff.reply.empty'));
    textarea.focus();
    return;
  }
  const { summary } = current;
  const sent = await sendReply(current.conversation, textarea.value);
  if (!sent) return;
  textarea.value = '';
  hooks.changed();
  await openMessage({ ...summary, status: 'answered' }, hooks);
  announce(say('staff.reply.sent'));
}

export function wireMessageView(hooks: MessageViewHooks): void {
  part('attachment-decrypt').addEventListener('click', () => void saveAttachment());
  part('message-close').addEventListener('click', () => {
    const id = current?.summary.id;
    closeMessage();
    document.querySelector<HTMLElement>(`[data-message-id="${CSS.escape(id ?? '')}"] button`)?.focus();
  });
  part<HTMLFormElement>('status-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void changeStatus(part<HTMLSelectElement>('message-status').value as MessageStatus).then(() => hooks.changed());
  });
  part<HTMLFormElement>('reply-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void reply(hooks);
  });
}
