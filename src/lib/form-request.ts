// Reads a form posted to an on-demand page, or says why it will not: posted from another site
// (403), larger than the page accepts (413, counting the bytes actually read, so a chunked body
// cannot slip past), or not a form at all (400). Each reason is a UI string for the page to show.
import type { UiKey } from '../i18n/ui';

export type FormProblem = { status: 400 | 403 | 413; key: UiKey };

const FORM_TYPES = ['multipart/form-data', 'application/x-www-form-urlencoded'];

/** Same-origin by Sec-Fetch-Site where the browser sends it, else by Origin; clients that send neither are not browsers. */
export function isSameOrigin(request: Request): boolean {
  const site = request.headers.get('Sec-Fetch-Site');
  if (site !== null) return site === 'same-origin';
  const origin = request.headers.get('Origin');
  return origin === null || origin === new URL(request.url).origin;
}

async function readLimited(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

export async function readPostedForm(request: Request, maxBytes: number): Promise<{ form: FormData } | { problem: FormProblem }> {
  if (!isSameOrigin(request)) return { problem: { status: 403, key: 'form.error.crossSite' } };
  const contentType = request.headers.get('Content-Type') ?? '';
  const declared = Number(request.headers.get('Content-Length') ?? 0);
  if (declared > maxBytes) return { problem: { status: 413, key: 'form.error.tooLarge' } };
  if (!FORM_TYPES.includes(contentType.split(';')[0]?.trim().toLowerCase() ?? '') || !request.body)
    return { problem: { status: 400, key: 'form.error.malformed' } };
  const bytes = await readLimited(request.body, maxBytes).catch(() => null);
  if (bytes === undefined) return { problem: { status: 413, key: 'form.error.tooLarge' } };
  if (bytes === null) return { problem: { status: 400, key: 'form.error.malformed' } };
  try {
    return { form: await new Response(bytes, { headers: { 'Content-Type': contentType } }).formData() };
  } catch {
    return { problem: { status: 400, key: 'form.error.malformed' } };
  }
}
