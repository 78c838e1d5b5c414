import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fetchWorker, storedObjects, storedRows } from './contact-helpers';

const delegationIds = fc.oneof(fc.constantFrom('russia', 'china', 'peru', 'un-geneva'), fc.stringMatching(/^[a-z%.-]{1,20}$/));
const bodies = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.json({ maxDepth: 3 }),
  fc.record({ message: fc.string({ maxLength: 500 }), attachment: fc.option(fc.string({ maxLength: 200 }), { nil: undefined }) }),
  fc.record({ message: fc.constant('-----BEGIN PGP MESSAGE-----\n\n'), website: fc.string({ maxLength: 5 }) }),
  fc.record({ code: fc.oneof(fc.string({ maxLength: 80 }), fc.integer()) }),
);
const contentTypes = fc.constantFrom(
  'application/json',
  'text/plain',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
);

describe('random and malformed requests to the contact endpoints', () => {
  it('never get a server error and never store anything', async () => {
    await fc.assert(
      fc.asyncProperty(delegationIds, bodies, contentTypes, fc.boolean(), async (delegation, body, contentType, toReceipts) => {
        const path = toReceipts ? '/api/receipts/status' : `/api/contact/${encodeURIComponent(delegation)}`;
        const response = await fetchWorker(path, {
          method: 'POST',
          headers: { 'Content-Type': contentType, 'CF-Connecting-IP': '192.0.2.1' },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        });
        expect(response.status).toBeLessThan(500);
        const payload = await response.json<{ error?: { code: string; message: string } }>();
        if (response.status >= 400) expect(payload.error?.code).toEqual(expect.any(String));
        expect(await storedRows()).toEqual([]);
        expect(await storedObjects()).toEqual([]);
      }),
      { numRuns: 150 },
    );
    const outbox = await env.DB.prepare('SELECT COUNT(*) AS n FROM outbox').first<{ n: number }>();
    expect(outbox?.n).toBe(0);
  });
});
