// Sending the same message twice (a reloaded receipt page, a retry after a lost response) stores it
// once and answers with the first receipt; the same key with another message is a conflict.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { encryptContact } from '../../functions/core/contact/encryption';
import { acceptContact } from '../../functions/server/contact-service';
import { encryptedFor, fetchWorker, storedObjects, storedRows } from './contact-helpers';
import { refusalOf } from './refusal';

function postWithKey(body: unknown, key: string, address = '192.0.2.44') {
  return fetchWorker('/api/contact/russia', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': address, 'Idempotency-Key': key },
    body: JSON.stringify(body),
  });
}

const noticeCount = async () => (await env.DB.prepare('SELECT COUNT(*) AS n FROM outbox').first<{ n: number }>())?.n;

describe('idempotent secure messages', () => {
  it('returns the first receipt to a retry with the same Idempotency-Key and body, and stores the message once', async () => {
    const body = await encryptedFor('sent twice because the answer was lost');
    const first = await postWithKey(body, 'retry-key-0123456789');
    const second = await postWithKey(body, 'retry-key-0123456789');
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect((await second.json<{ receipt: string }>()).receipt).toBe((await first.json<{ receipt: string }>()).receipt);
    expect(await storedRows()).toHaveLength(1);
  });

  it('answers 409 to the same key with another message, and stores nothing more', async () => {
    expect((await postWithKey(await encryptedFor('first'), 'conflict-key-0123456789')).status).toBe(201);
    const other = await postWithKey(await encryptedFor('something else'), 'conflict-key-0123456789');
    expect(other.status).toBe(409);
    expect((await other.json<{ error: { code: string } }>()).error.code).toBe('idempotency_conflict');
    expect(await storedRows()).toHaveLength(1);
  });

  it('refuses an idempotency key that is too short to be random', async () => {
    expect((await postWithKey(await encryptedFor('x'), 'short')).status).toBe(422);
    expect(await storedRows()).toEqual([]);
  });

  it('without JavaScript, a reloaded receipt page gets the first receipt although the Worker encrypts anew', async () => {
    const send = () =>
      acceptContact(env, {
        delegationId: 'russia',
        clientAddress: '192.0.2.45',
        now: new Date(),
        encrypt: (key) => encryptContact(key, 'russia', { message: 'posted twice', replyTo: '', name: '' }),
        idempotency: { key: 'FORM-KEY0-1234-ABCD', content: JSON.stringify(['posted twice', '', '']) },
      });
    const first = await send();
    expect(await send()).toBe(first);
    expect(await storedRows()).toHaveLength(1);
    const [row] = await storedRows();
    expect(JSON.stringify(row)).not.toContain(first);
    expect(JSON.stringify(row)).not.toContain('FORM-KEY0');
    expect(
      await refusalOf(
        acceptContact(env, {
          delegationId: 'russia',
          clientAddress: '192.0.2.45',
          now: new Date(),
          encrypt: (key) => encryptContact(key, 'russia', { message: 'changed after going back', replyTo: '', name: '' }),
          idempotency: { key: 'FORM-KEY0-1234-ABCD', content: JSON.stringify(['changed after going back', '', '']) },
        }),
      ),
    ).toMatchObject({ status: 409, code: 'idempotency_conflict' });
  });

  it('stores one attachment and queues one notice for a message sent three times with its file', async () => {
    const body = await encryptedFor('with a file', { name: 'scan.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 9]) });
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await postWithKey(body, 'file-key-0123456789')).status).toBe(201);
    expect(await storedRows()).toHaveLength(1);
    expect(await storedObjects()).toHaveLength(1);
    expect(await noticeCount()).toBe(1);
  });

  it('does not count retries or conflicts against the limit: the sender can still send its 5 messages', async () => {
    const address = '192.0.2.46';
    const first = await encryptedFor('the first of five');
    expect((await postWithKey(first, 'limit-key-0000000000', address)).status).toBe(201);
    for (let retry = 0; retry < 3; retry += 1) expect((await postWithKey(first, 'limit-key-0000000000', address)).status).toBe(201);
    expect((await postWithKey(await encryptedFor('another'), 'limit-key-0000000000', address)).status).toBe(409);
    for (let count = 2; count <= 5; count += 1)
      expect((await postWithKey(await encryptedFor(`message ${count}`), `limit-key-000000000${count}`, address)).status).toBe(201);
    expect((await postWithKey(await encryptedFor('one too many'), 'limit-key-0000000009', address)).status).toBe(429);
    // Past the limit, a retry of a stored message still gets its receipt.
    expect((await postWithKey(first, 'limit-key-0000000000', address)).status).toBe(201);
    expect(await storedRows()).toHaveLength(5);
  });
});
