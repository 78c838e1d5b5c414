// Every form page answers whatever is posted to it, malformed, truncated or of the wrong type, with a
// page (never a server error) and stores nothing.
import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { countRows } from '../support/stored-rows';

const baseUrl = inject('baseUrl');
const statePath = inject('statePath');
const TABLES = ['contact_messages', 'consultation_submissions', 'outbox'];
const FORM_PAGES = ['/en/receipts/', '/ar/delegations/russia/contact/', '/es/consultations/2026/', '/fr/consultations/2026/contribution/'];

// Field names a real form uses, except those that would make a valid message or contribution.
const fieldName = fc.oneof(
  fc.constantFrom('code', 'id', 'secret', 'action', 'organisation', 'website', 'idempotencyKey', 'challengeToken'),
  fc.string({ maxLength: 12 }),
);
const urlEncoded = fc
  .array(fc.tuple(fieldName, fc.string({ maxLength: 60 })), { maxLength: 6 })
  .map((pairs) => new URLSearchParams(pairs).toString());
const truncatedMultipart = fc
  .tuple(fieldName, fc.string({ maxLength: 40 }), fc.nat({ max: 80 }))
  .map(([name, value, cut]) => `--x\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n--x--\r\n`.slice(0, cut));
const body = fc.oneof(fc.string({ maxLength: 200 }), fc.uint8Array({ maxLength: 200 }), urlEncoded, truncatedMultipart);
const contentType = fc.constantFrom(
  'multipart/form-data; boundary=x',
  'multipart/form-data',
  'application/x-www-form-urlencoded',
  'text/plain',
  'application/json',
  undefined,
);
const fetchSite = fc.constantFrom('same-origin', 'cross-site', undefined);

describe('random posts to every form page', () => {
  it('never get a server error and never store anything', async () => {
    const before = countRows(statePath, TABLES);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FORM_PAGES), body, contentType, fetchSite, async (path, payload, type, site) => {
        const headers: Record<string, string> = {};
        if (type) headers['Content-Type'] = type;
        if (site) headers['Sec-Fetch-Site'] = site;
        const response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers, body: payload, redirect: 'manual' });
        expect(response.status, `${path} ${type} ${site}`).toBeLessThan(500);
        expect(response.headers.get('Content-Type') ?? '').toContain('text/html');
        await response.arrayBuffer();
      }),
      { numRuns: 120 },
    );
    expect(countRows(statePath, TABLES)).toEqual(before);
  }, 180_000);

  it('refuses a cross-site post with a page in the reader language, and a post with no body with a 400', async () => {
    const crossSite = await fetch(`${baseUrl}/fr/consultations/2026/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'cross-site' },
      body: 'organisation=x',
    });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.text()).toContain('envoyé depuis un autre site');
    const empty = await fetch(`${baseUrl}/en/receipts/`, { method: 'POST' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('The form could not be read');
  });
});
