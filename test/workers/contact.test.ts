import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { encryptContact } from '../../functions/core/contact/encryption';
import { acceptContact } from '../../functions/server/contact-service';
import {
  chinaKey,
  DELEGATION,
  decryptBinary,
  decryptText,
  encryptedFor,
  everyStoredValue,
  fetchWorker,
  postContact,
  russiaKey,
  storedObjects,
  storedRows,
} from './contact-helpers';
import { refusalOf } from './refusal';

const SECRET = 'Трое задержаны у здания суда, нужна помощь';

describe('POST /api/contact/{delegation} with ciphertext from the browser', () => {
  it('stores only ciphertext and answers with a receipt the defender can write down', async () => {
    const response = await postContact(await encryptedFor(SECRET));
    expect(response.status).toBe(201);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const { receipt, status } = await response.json<{ receipt: string; status: string }>();
    expect(status).toBe('received');
    expect(receipt).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    const [row] = await storedRows();
    for (const value of Object.values(row ?? {})) expect(String(value)).not.toContain(SECRET);
    expect(JSON.stringify(row)).not.toContain(receipt);
    expect(JSON.stringify(row)).not.toContain('198.51.100.7');
    expect(await decryptText(String(row?.ciphertext))).toContain(SECRET);
    expect(row?.size_bucket).toBe(4096);
  });

  it('stores an attachment as ciphertext in R2 that decrypts to a tar holding the file', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4 evidence of the raid');
    const response = await postContact(await encryptedFor(SECRET, { name: 'raid report.pdf', bytes: pdf }));
    expect(response.status).toBe(201);
    const [key] = await storedObjects();
    const object = await env.ATTACHMENTS.get(key ?? '');
    const armored = (await object?.text()) ?? '';
    expect(armored).not.toContain('evidence');
    const archive = await decryptBinary(armored);
    expect(archive.length).toBe(64 * 1024);
    expect(new TextDecoder().decode(archive.slice(0, 15))).toBe('raid_report.pdf');
    expect(new TextDecoder().decode(archive.slice(512, 512 + pdf.length))).toBe('%PDF-1.4 evidence of the raid');
  });

  it('gives messages of different lengths the same stored size', async () => {
    await postContact(await encryptedFor('short'), { address: '198.51.100.8' });
    await postContact(await encryptedFor('a much longer message '.repeat(80)), { address: '198.51.100.9' });
    const sizes = (await storedRows()).map((row) => String(row.ciphertext).length);
    expect(new Set(sizes).size).toBe(1);
  });

  it.each([
    ['JSON plaintext', { message: SECRET }, 'not_openpgp'],
    ['garbage', { message: '-----BEGIN PGP MESSAGE-----\n\nnot really\n-----END PGP MESSAGE-----' }, 'not_openpgp'],
    ['a body that is not JSON', 'message=hello', 'invalid_json'],
    ['an unexpected field', { message: 'x', name: SECRET }, 'invalid_body'],
  ])('refuses %s with the JSON error shape and stores nothing', async (_label, body, code) => {
    const response = await postContact(body);
    expect(response.status).toBe(code === 'invalid_json' ? 400 : 422);
    expect(await response.json()).toEqual({ error: { code, message: expect.any(String) } });
    expect(await storedRows()).toEqual([]);
  });

  it("refuses ciphertext made for another delegation's key", async () => {
    const forChina = await encryptContact(await chinaKey(), DELEGATION, { message: SECRET, replyTo: '', name: '' });
    const response = await postContact(forChina);
    expect(response.status).toBe(422);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe('wrong_recipient');
    expect(await storedRows()).toEqual([]);
  });

  it('refuses ciphertext that was not padded to a size bucket, since its length would leak', async () => {
    const { createMessage, encrypt } = await import('openpgp');
    const unpadded = await encrypt({ message: await createMessage({ text: 'short and unpadded' }), encryptionKeys: await russiaKey() });
    const response = await postContact({ message: unpadded });
    expect(response.status).toBe(422);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe('not_padded');
  });

  it('answers 404 for an unknown delegation, and refuses ciphertext to a key other than the headquarters desk for one without a key, storing nothing', async () => {
    const unknown = await postContact(await encryptedFor(SECRET), { delegation: 'atlantis' });
    expect(unknown.status).toBe(404);
    expect((await unknown.json<{ error: { code: string } }>()).error.code).toBe('delegation_not_found');
    const keyless = await postContact(await encryptedFor(SECRET), { delegation: 'peru' });
    expect(keyless.status).toBe(422);
    expect((await keyless.json<{ error: { code: string } }>()).error.code).toBe('wrong_recipient');
    expect(await storedRows()).toEqual([]);
  });

  it('answers 413 to a body over the size limit', async () => {
    const response = await postContact({ message: 'x'.repeat(10 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe('too_large');
    expect(await storedRows()).toEqual([]);
  });

  it('refuses a filled honeypot', async () => {
    const response = await postContact({ ...(await encryptedFor(SECRET)), website: 'http://spam.example' });
    expect(response.status).toBe(422);
    expect(await storedRows()).toEqual([]);
  });

  it('limits a client to five messages an hour, with Retry-After, without storing its address', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1)
      statuses.push((await postContact(await encryptedFor(`${attempt}`), { address: '203.0.113.5' })).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    const limited = await postContact(await encryptedFor('again'), { address: '203.0.113.5' });
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect((await limited.json<{ error: { code: string } }>()).error.code).toBe('rate_limited');
    expect((await postContact(await encryptedFor('other client'), { address: '203.0.113.6' })).status).toBe(201);
    expect(JSON.stringify(await everyStoredValue())).not.toContain('203.0.113');
  });
});

describe('the no-JavaScript path: encryption in the Worker', () => {
  it('stores a row whose every column lacks the plaintext, and the private key decrypts it back', async () => {
    const receipt = await acceptContact(env, {
      delegationId: DELEGATION,
      clientAddress: '198.51.100.20',
      now: new Date(),
      encrypt: (key) => encryptContact(key, DELEGATION, { message: SECRET, replyTo: 'reply@mail.example', name: 'Anna' }),
    });
    expect(receipt).toMatch(/-/);
    const [row] = await storedRows();
    for (const value of Object.values(row ?? {})) {
      expect(String(value)).not.toContain(SECRET);
      expect(String(value)).not.toContain('reply@mail.example');
    }
    const text = await decryptText(String(row?.ciphertext));
    expect(text).toContain(SECRET);
    expect(text).toContain('Reply to: reply@mail.example');
    expect(text).toContain('Name: Anna');
  });

  it('fails closed: when encryption fails nothing is stored and the error says so', async () => {
    const attempt = acceptContact(env, {
      delegationId: DELEGATION,
      clientAddress: '198.51.100.21',
      now: new Date(),
      encrypt: async () => {
        throw new Error('broken key');
      },
    });
    expect(await refusalOf(attempt)).toMatchObject({ status: 500, code: 'encryption_failed' });
    expect(await storedRows()).toEqual([]);
  });
});

describe('receipts', () => {
  it('show the status of a message by its code sent in the body, and nothing for an unknown code', async () => {
    const { receipt } = await (await postContact(await encryptedFor(SECRET))).json<{ receipt: string }>();
    const check = (code: string) =>
      fetchWorker('/api/receipts/status', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code }),
      });
    const found = await check(receipt.toLowerCase().replace(/-/g, ' '));
    expect(found.status).toBe(200);
    expect(await found.json()).toEqual({ status: 'received' });
    const missing = await check('AAAA-BBBB-CCCC-DDDD');
    expect(missing.status).toBe(404);
    expect((await missing.json<{ error: { code: string } }>()).error.code).toBe('receipt_not_found');
  });
});

describe('notifications', () => {
  it('queue a notice for each focal point mailbox that holds nothing from the message or its sender', async () => {
    await postContact(await encryptedFor(SECRET));
    const notices = (
      await env.DB.prepare('SELECT recipient, subject, body FROM outbox').all<{ recipient: string; subject: string; body: string }>()
    ).results;
    expect(notices.map((notice) => notice.recipient)).toEqual(['human-rights.russia@delegations.eu.example']);
    for (const notice of notices) {
      expect(`${notice.subject} ${notice.body}`).not.toContain(SECRET);
      expect(`${notice.subject} ${notice.body}`).not.toContain('A friend');
      expect(`${notice.subject} ${notice.body}`).not.toContain('198.51.100.7');
    }
  });
});
