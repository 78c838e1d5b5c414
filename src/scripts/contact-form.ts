// With JavaScript, the contact form is encrypted in the browser: the message, reply channel, name
// and file never leave this device unencrypted. If encryption fails, nothing is sent. The browser
// also makes the conversation's reply key and its passphrase, which only this page ever shows. If the
// encryption code cannot be loaded, the form is posted as it is without JavaScript, and the Worker
// encrypts it in memory on arrival.

import { type ChallengeAnswer, type ChallengeOffer, solveProofOfWork } from '../../functions/core/challenge';
import { type ContactErrorKey, type ContactField, type ContactInput, validateContact } from '../../functions/core/contact/validation';
import { runCryptoTask } from './crypto-client';
import { hideProblem, showProblem } from './form-problem';

interface Strings {
  sending: string;
  working: string;
  fields: string;
  network: string;
  encryption: string;
  errors: Record<ContactErrorKey, string>;
  codes: Record<string, string>;
}

const FIELDS: readonly ContactField[] = ['message', 'replyTo', 'name', 'attachment'];
const form = document.querySelector<HTMLFormElement>('[data-contact-form]');
const stringsElement = document.getElementById('contact-strings');
const delegationId = form?.dataset.delegation;
// Delegations without a key of their own: the message is encrypted to the headquarters desk's key.
const desk = form?.dataset.desk ?? delegationId;

// The encryption code is fetched, the key read and the reply key made, in a worker once the page has
// loaded and the browser is idle, so that they never compete with the page or with typing, and are
// ready before most people send.
let prepared: Promise<void> | undefined;
/** Set when the code or the key could not be loaded: the form is then posted as it is without JavaScript. */
let unavailable = false;

/** The desk's key, published in the page (and at /keys/{desk}.asc). */
function armoredKey(): string {
  const key = JSON.parse(document.getElementById('contact-key')?.textContent ?? '""') as unknown;
  if (typeof key !== 'string' || key === '') throw new Error('no key in the page');
  return key;
}

function prepareEncryption(): Promise<void> {
  prepared ??= (async () => {
    await runCryptoTask('prepareContact', desk ?? '', armoredKey());
    // `npm run bench` times the page's readiness from this mark.
    performance.mark('contact-encryption-ready');
    // Then the reply key, so that sending does not wait for Argon2; if this fails, sending makes one.
    void runCryptoTask('prepareReplyKey').then(
      () => performance.mark('contact-reply-key-ready'),
      () => undefined,
    );
  })();
  prepared.catch(() => {
    unavailable = true;
  });
  return prepared;
}

function prepareWhenIdle(): void {
  const start = () => void prepareEncryption().catch(() => undefined);
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 1000 }) : setTimeout(start, 0));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

function showFieldErrors(strings: Strings, errors: Partial<Record<ContactField, ContactErrorKey>>): void {
  for (const field of FIELDS) {
    const input = document.getElementById(field);
    const message = document.getElementById(`${field}-error`);
    const key = errors[field];
    if (message) {
      message.textContent = key ? strings.errors[key] : '';
      message.hidden = !key;
    }
    if (key) input?.setAttribute('aria-invalid', 'true');
    else input?.removeAttribute('aria-invalid');
  }
}

async function readInput(data: FormData): Promise<ContactInput> {
  const text = (name: string) => String(data.get(name) ?? '');
  const file = data.get('attachment');
  const attachment =
    file instanceof File && file.size > 0 ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : undefined;
  return { message: text('message'), replyTo: text('replyTo'), name: text('name'), attachment };
}

function showReceipt(code: string, passphrase: string): void {
  const template = document.querySelector<HTMLTemplateElement>('[data-receipt-template]');
  const receipt = template?.content.firstElementChild?.cloneNode(true);
  if (!(receipt instanceof HTMLElement) || !form) return;
  const codeElement = receipt.querySelector('[data-receipt-code]');
  if (codeElement) codeElement.textContent = code;
  const passphraseElement = receipt.querySelector('[data-receipt-passphrase]');
  if (passphraseElement) passphraseElement.textContent = passphrase;
  receipt.querySelector<HTMLElement>('[data-receipt-passphrase-block]')?.removeAttribute('hidden');
  const main = document.querySelector('main');
  for (const element of main?.querySelectorAll(':scope > :not(h1):not(:last-child)') ?? []) element.remove();
  main?.querySelector('h1')?.after(receipt);
  receipt.focus();
}

interface SendResult {
  receipt?: string;
  error?: { code?: string; challenge?: ChallengeOffer };
}

async function post(id: string, body: string): Promise<{ response: Response; result: SendResult }> {
  const response = await fetch(`/api/contact/${id}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
  return { response, result: (await response.json().catch(() => ({}))) as SendResult };
}

function setStatus(text: string): void {
  const status = form?.querySelector<HTMLElement>('[data-sending]');
  if (status) status.textContent = text;
}

async function send(strings: Strings, id: string, input: ContactInput): Promise<void> {
  let body: string;
  let passphrase: string;
  try {
    const sealed = await runCryptoTask('encryptContact', id, input, desk ?? id);
    passphrase = sealed.passphrase;
    body = JSON.stringify({ ...sealed.encrypted, replyKey: sealed.replyKey });
  } catch {
    showProblem('contact-problem', strings.encryption);
    return;
  }
  let response: Response;
  let result: SendResult;
  try {
    ({ response, result } = await post(id, body));
    // Past the rate limit the API offers a proof of work: the browser solves it and sends once more.
    const offer = result.error?.challenge;
    if (response.status === 429 && offer?.kind === 'proof-of-work') {
      setStatus(strings.working);
      const challenge: ChallengeAnswer = { token: offer.token, answer: await solveProofOfWork(offer.token, offer.difficulty ?? 0) };
      ({ response, result } = await post(id, JSON.stringify({ ...JSON.parse(body), challenge })));
    }
  } catch {
    showProblem('contact-problem', strings.network);
    return;
  }
  if (response.ok && result.receipt) {
    showReceipt(result.receipt, passphrase);
    return;
  }
  // In the page's digits, as the server writes them (Persian ۵).
  const minutes = new Intl.NumberFormat(document.documentElement.lang, { useGrouping: false }).format(
    Math.max(1, Math.ceil(Number(response.headers.get('Retry-After') ?? 3600) / 60)),
  );
  const template = strings.codes[result.error?.code ?? 'rejected'] ?? strings.codes.rejected ?? '';
  showProblem('contact-problem', template.replace('{minutes}', minutes));
}

if (form && stringsElement && delegationId) {
  const strings = JSON.parse(stringsElement.textContent ?? '{}') as Strings;
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  prepareWhenIdle();
  form.addEventListener('submit', async (event) => {
    // Without the encryption code the form goes to the server as it does without JavaScript.
    if (unavailable) return;
    event.preventDefault();
    hideProblem('contact-problem');
    const input = await readInput(new FormData(form));
    const errors = validateContact(input);
    showFieldErrors(strings, errors);
    if (Object.keys(errors).length > 0) {
      showProblem('contact-problem', strings.fields);
      return;
    }
    if (button) button.disabled = true;
    setStatus(strings.sending);
    const ready = await prepareEncryption().then(
      () => true,
      () => false,
    );
    if (ready) await send(strings, delegationId, input);
    else form.submit();
    if (button) button.disabled = false;
    setStatus('');
  });
}
