// A desk's messages, grouped by status: day received, the delegation it concerns, the padded size
// and whether a file came with it. Only ciphertext is fetched; nothing is decrypted to list them.
import type { MessageStatus, StaffMessage as MessageSummary } from '../../../functions/core/staff-api';
import { h } from './dom';
import { deskName, formatDay, formatSize, say } from './page-data';
import { getJson } from './session';
import type { StaffStringKey } from './string-keys';

export const STATUS_NAMES: Record<MessageStatus, StaffStringKey> = {
  received: 'staff.status.received',
  read: 'staff.status.read',
  answered: 'staff.status.answered',
  closed: 'staff.status.closed',
  expired: 'staff.status.expired',
};
const SHOWN_ALWAYS: readonly MessageStatus[] = ['received', 'read', 'answered', 'closed'];

export async function deskMessages(desk: string): Promise<MessageSummary[]> {
  const { messages } = await getJson<{ messages: MessageSummary[] }>(`/api/staff/messages?delegation=${encodeURIComponent(desk)}`);
  return messages;
}

function messageRow(message: MessageSummary, onOpen: (message: MessageSummary) => void): HTMLTableRowElement {
  const open = h('button', { type: 'button', 'aria-label': say('staff.inbox.openMessage', { day: formatDay(message.receivedOn) }) });
  open.textContent = say('staff.inbox.open');
  open.addEventListener('click', () => onOpen(message));
  return h(
    'tr',
    { 'data-message-id': message.id },
    h('td', {}, formatDay(message.receivedOn)),
    h('td', {}, deskName(message.concerns)),
    h('td', {}, formatSize(message.sizeBucket)),
    h('td', {}, say(message.attachment ? 'staff.yes' : 'staff.no')),
    h('td', {}, open),
  );
}

function statusGroup(status: MessageStatus, messages: MessageSummary[], onOpen: (message: MessageSummary) => void): HTMLElement {
  const heading = h('h3', { id: `inbox-${status}` }, `${say(STATUS_NAMES[status])} (${messages.length})`);
  if (messages.length === 0) return h('div', { 'data-status-group': status }, heading, h('p', {}, say('staff.inbox.none')));
  const columns = ['received', 'concerns', 'size', 'attachment', 'open'] as const;
  const table = h(
    'table',
    { 'aria-labelledby': `inbox-${status}` },
    h('thead', {}, h('tr', {}, ...columns.map((column) => h('th', { scope: 'col' }, say(`staff.inbox.column.${column}`))))),
    h('tbody', {}, ...messages.map((message) => messageRow(message, onOpen))),
  );
  return h('div', { 'data-status-group': status }, heading, h('div', { class: 'table-scroll' }, table));
}

/** Replaces the container's content with one group per status, New first. */
export function showInbox(container: HTMLElement, messages: MessageSummary[], onOpen: (message: MessageSummary) => void): void {
  const statuses = [...SHOWN_ALWAYS, ...(messages.some((message) => message.status === 'expired') ? (['expired'] as const) : [])];
  container.replaceChildren(
    ...statuses.map((status) =>
      statusGroup(
        status,
        messages.filter((message) => message.status === status),
        onOpen,
      ),
    ),
  );
}
