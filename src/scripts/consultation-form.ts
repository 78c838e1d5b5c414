// With JavaScript, the contribution is sent as JSON to the API; field errors come back as UI string
// keys and are shown in the page's language, and the form keeps what was typed.
import { newReceiptCode } from '../../functions/core/receipt-code';
import { hideProblem, showProblem } from './form-problem';

interface Strings {
  fields: string;
  codes: Record<string, string>;
  errors: Record<string, string>;
}

const form = document.querySelector<HTMLFormElement>('[data-consultation-form]');
const stringsElement = document.getElementById('consultation-strings');

function showFieldErrors(strings: Strings, fields: Record<string, string>): void {
  for (const message of document.querySelectorAll<HTMLElement>('.consultation-form .field-error')) {
    const field = message.id.replace(/-error$/, '');
    const key = fields[field];
    message.textContent = key ? (strings.errors[key] ?? key) : '';
    message.hidden = !key;
    const input = document.getElementById(field);
    if (key) input?.setAttribute('aria-invalid', 'true');
    else input?.removeAttribute('aria-invalid');
  }
}

async function base64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

async function payload(data: FormData): Promise<Record<string, unknown>> {
  const text = (name: string) => String(data.get(name) ?? '');
  const answers = Object.fromEntries(
    [...data.keys()].filter((name) => name.startsWith('answer-')).map((name) => [name.slice('answer-'.length), text(name)]),
  );
  const file = data.get('attachment');
  return {
    idempotencyKey: text('idempotencyKey'),
    organisation: text('organisation'),
    type: text('type'),
    country: text('country'),
    contactEmail: text('contactEmail'),
    transparencyRegisterId: text('transparencyRegisterId'),
    publication: text('publication'),
    answers,
    consent: data.get('consent') === 'yes',
    ...(file instanceof File && file.size > 0 ? { attachment: await base64(file) } : {}),
  };
}

function showReceipt(receipt: { id: string; contentSha256: string; secret: string; replayed: boolean }): void {
  const template = document.querySelector<HTMLTemplateElement>('[data-receipt-template]');
  const section = template?.content.firstElementChild?.cloneNode(true);
  if (!(section instanceof HTMLElement) || !form) return;
  const fill = (selector: string, value: string) => {
    const element = section.querySelector(selector);
    if (element) element.textContent = value;
  };
  fill('[data-receipt-id]', receipt.id);
  fill('[data-receipt-secret]', receipt.secret);
  fill('[data-receipt-hash]', receipt.contentSha256);
  const replayed = section.querySelector<HTMLElement>('[data-replayed]');
  if (replayed) replayed.hidden = !receipt.replayed;
  const main = document.querySelector('main');
  for (const element of main?.querySelectorAll(':scope > :not(h1):not(.kicker)') ?? []) element.remove();
  main?.querySelector('h1')?.after(section);
  section.focus();
}

if (form && stringsElement) {
  const strings = JSON.parse(stringsElement.textContent ?? '{}') as Strings;
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideProblem('consultation-problem');
    if (button) button.disabled = true;
    try {
      const response = await fetch(`/api/consultations/${form.dataset.year}/submissions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(await payload(new FormData(form))),
      });
      const result = (await response.json().catch(() => ({}))) as {
        id?: string;
        contentSha256?: string;
        secret?: string;
        replayed?: boolean;
        error?: { code?: string; fields?: Record<string, string> };
      };
      if (response.ok && result.id && result.contentSha256 && result.secret) {
        showReceipt({ id: result.id, contentSha256: result.contentSha256, secret: result.secret, replayed: result.replayed === true });
        return;
      }
      // This key already stored other content: sending the form again makes a separate contribution.
      const key = form.querySelector<HTMLInputElement>('input[name="idempotencyKey"]');
      if (result.error?.code === 'idempotency_conflict' && key) key.value = newReceiptCode();
      showFieldErrors(strings, result.error?.fields ?? {});
      showProblem(
        'consultation-problem',
        result.error?.fields ? strings.fields : (strings.codes[result.error?.code ?? 'rejected'] ?? strings.codes.rejected ?? ''),
      );
    } catch {
      showProblem('consultation-problem', strings.codes.rejected ?? '');
    } finally {
      if (button) button.disabled = false;
    }
  });
}
