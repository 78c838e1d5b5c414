// With JavaScript, the receipts page opens a conversation in the browser: it sends the receipt code
// and the passphrase's access code (never the passphrase), unlocks the reply key here, decrypts every
// entry here, and encrypts follow-ups here to the desk key and the reply key. Without a passphrase
// the form is posted as it is, for the status alone.
import { type ChallengeOffer, solveProofOfWork } from '../../functions/core/challenge';
import { normalizeReceiptCode } from '../../functions/core/receipt-code';
import type { ConversationEntry as Entry } from '../../functions/core/staff-api';

interface Strings {
  opening: string;
  failed: string;
  locked: string;
  tooManyAttempts: string;
  passphraseFormat: string;
  format: string;
  you: string;
  focalPoint: string;
  entry: string;
  required: string;
  sent: string;
  closed: string;
  deleted: string;
  deleteLabel: string;
  statuses: Record<string, string>;
  codes: Record<string, string>;
}

interface View {
  status: string;
  desk: string;
  replyKey: string;
  entries: Entry[];
}

interface Opened {
  code: string;
  access: string;
  view: View;
  key: import('openpgp').PrivateKey;
}

const form = document.querySelector<HTMLFormElement>('[data-receipt-form]');
const stringsElement = document.getElementById('conversation-strings');
const problem = document.querySelector<HTMLElement>('[data-conversation-problem]');
const lang = document.documentElement.lang;

// The OpenPGP code is fetched only when a conversation is opened.
const loadCrypto = () =>
  Promise.all([import('../../functions/core/contact/reply-key'), import('../../functions/core/contact/conversation'), import('openpgp')]);

function say(text: string): void {
  if (!problem) return;
  problem.textContent = text;
  problem.hidden = text === '';
  if (text) problem.focus();
}

async function api(path: string, body: unknown): Promise<{ response: Response; json: Record<string, unknown> }> {
  const response = await fetch(`/api/receipts/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { response, json: (await response.json().catch(() => ({}))) as Record<string, unknown> };
}

function refusalText(strings: Strings, response: Response, json: Record<string, unknown>): string {
  const minutes = String(Math.max(1, Math.ceil(Number(response.headers.get('Retry-After') ?? 3600) / 60)));
  const code = (json.error as { code?: string } | undefined)?.code ?? '';
  if (code === 'conversation_not_found') return strings.locked;
  if (code === 'rate_limited' && response.url.endsWith('/conversation')) return strings.tooManyAttempts.replace('{minutes}', minutes);
  if (code === 'conversation_closed') return strings.closed;
  return (strings.codes[code] ?? strings.codes.rejected ?? strings.failed).replace('{minutes}', minutes);
}

async function open(strings: Strings, code: string, access: string, passphrase: string): Promise<Opened | string> {
  const { response, json } = await api('conversation', { code, access });
  if (!response.ok) return refusalText(strings, response, json);
  const [{ unlockReplyKey }] = await loadCrypto();
  const view = json as unknown as View;
  // A User Timing mark, which nothing sends anywhere: `npm run bench` reads it to report the unlock time.
  const started = performance.now();
  const key = await unlockReplyKey(view.replyKey, passphrase);
  performance.measure('reply-key-unlock', { start: started });
  return key ? { code, access, view, key } : strings.locked;
}

function entryHeading(strings: Strings, entry: Entry): string {
  const day = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${entry.day}T00:00:00Z`));
  return strings.entry.replace('{author}', entry.author === 'staff' ? strings.focalPoint : strings.you).replace('{day}', day);
}

async function renderEntry(strings: Strings, opened: Opened, entry: Entry, reopen: (notice: string) => void): Promise<HTMLLIElement> {
  const [, { decryptConversationText }] = await loadCrypto();
  const item = document.createElement('li');
  item.className = `conversation-entry from-${entry.author}`;
  item.dataset.entry = entry.id;
  item.dataset.author = entry.author;
  const heading = document.createElement('h3');
  heading.textContent = entryHeading(strings, entry);
  const text = document.createElement('p');
  text.className = 'conversation-text';
  text.dir = 'auto';
  text.textContent = await decryptConversationText(entry.ciphertext, opened.key);
  item.append(heading, text);
  if (entry.author === 'staff') {
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = strings.deleteLabel;
    remove.addEventListener('click', async () => {
      const { response, json } = await api('conversation/reply-deletions', { code: opened.code, access: opened.access, reply: entry.id });
      if (response.ok) reopen(strings.deleted);
      else say(refusalText(strings, response, json));
    });
    item.append(remove);
  }
  return item;
}

async function sendFollowUp(strings: Strings, opened: Opened, text: string): Promise<string | undefined> {
  const [, { encryptConversationText }, openpgp] = await loadCrypto();
  const deskKey = await openpgp.readKey({ armoredKey: await (await fetch(`/keys/${opened.view.desk}.asc`)).text() });
  const message = await encryptConversationText(text, [deskKey, opened.key.toPublic()]);
  const body = { code: opened.code, access: opened.access, message };
  let { response, json } = await api('conversation/messages', body);
  // Past the limit the API offers a proof of work: the browser solves it and sends once more.
  const offer = (json.error as { challenge?: ChallengeOffer } | undefined)?.challenge;
  if (response.status === 429 && offer?.kind === 'proof-of-work') {
    const answer = await solveProofOfWork(offer.token, offer.difficulty ?? 0);
    ({ response, json } = await api('conversation/messages', { ...body, challenge: { token: offer.token, answer } }));
  }
  return response.ok ? undefined : refusalText(strings, response, json);
}

async function show(strings: Strings, opened: Opened, notice: string): Promise<void> {
  const template = document.querySelector<HTMLTemplateElement>('[data-conversation-template]');
  const section = template?.content.firstElementChild?.cloneNode(true);
  if (!(section instanceof HTMLElement)) return;
  const reopen = (text: string) => void refresh(strings, opened, text);
  const list = section.querySelector('[data-conversation-entries]');
  for (const entry of opened.view.entries) list?.append(await renderEntry(strings, opened, entry, reopen));
  const status = section.querySelector('[data-conversation-status]');
  if (status) status.textContent = strings.statuses[opened.view.status] ?? '';
  const noAnswer = section.querySelector<HTMLElement>('[data-conversation-no-answer]');
  if (noAnswer) noAnswer.hidden = opened.view.entries.some((entry) => entry.author === 'staff');
  if (notice) {
    const note = document.createElement('p');
    note.className = 'note';
    note.setAttribute('role', 'status');
    note.textContent = notice;
    status?.after(note);
  }
  wireFollowUp(strings, opened, section);
  document.querySelector('[data-conversation]')?.remove();
  if (form) {
    form.hidden = true;
    form.after(section);
  }
  section.focus();
}

function wireFollowUp(strings: Strings, opened: Opened, section: HTMLElement): void {
  const followUp = section.querySelector<HTMLFormElement>('[data-follow-up]');
  if (!followUp) return;
  if (opened.view.status === 'closed') {
    followUp.replaceWith(Object.assign(document.createElement('p'), { className: 'note', textContent: strings.closed }));
    return;
  }
  followUp.addEventListener('submit', async (event) => {
    event.preventDefault();
    const field = followUp.querySelector<HTMLTextAreaElement>('textarea');
    const error = followUp.querySelector<HTMLElement>('[data-follow-up-error]');
    const text = field?.value.trim() ?? '';
    const refused = text === '' ? strings.required : await sendFollowUp(strings, opened, text).catch(() => strings.failed);
    if (refused) {
      if (error) {
        error.textContent = refused;
        error.hidden = false;
      }
      field?.setAttribute('aria-invalid', 'true');
      field?.focus();
      return;
    }
    await refresh(strings, opened, strings.sent);
  });
}

async function refresh(strings: Strings, opened: Opened, notice: string): Promise<void> {
  const { response, json } = await api('conversation', { code: opened.code, access: opened.access });
  if (!response.ok) return say(refusalText(strings, response, json));
  await show(strings, { ...opened, view: json as unknown as View }, notice);
}

if (form && stringsElement) {
  const strings = JSON.parse(stringsElement.textContent ?? '{}') as Strings;
  const opening = form.querySelector<HTMLElement>('[data-conversation-opening]');
  form.addEventListener('submit', async (event) => {
    const data = new FormData(form);
    const passphraseInput = String(data.get('passphrase') ?? '');
    if (passphraseInput.trim() === '') return;
    event.preventDefault();
    const code = String(data.get('code') ?? '');
    if (!normalizeReceiptCode(code)) return say(strings.format);
    const [{ normalizePassphrase, accessCode }] = await loadCrypto();
    const passphrase = normalizePassphrase(passphraseInput);
    if (!passphrase) return say(strings.passphraseFormat);
    if (opening) opening.textContent = strings.opening;
    say('');
    try {
      const opened = await open(strings, code, await accessCode(passphrase), passphrase);
      if (typeof opened === 'string') say(opened);
      else await show(strings, opened, '');
    } catch {
      say(strings.failed);
    } finally {
      if (opening) opening.textContent = '';
    }
  });
}
