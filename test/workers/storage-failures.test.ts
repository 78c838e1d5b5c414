import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { acceptContact } from '../../functions/server/contact-service';
import { DELEGATION, encryptedFor, storedObjects, storedRows } from './contact-helpers';
import { failing } from './failing';
import { refusalOf } from './refusal';

const attachment = { name: 'photo.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]) };

function send(withEnv: Env) {
  return acceptContact(withEnv, {
    delegationId: DELEGATION,
    clientAddress: '198.51.100.30',
    now: new Date(),
    encrypt: () => encryptedFor('the message', attachment),
  });
}

describe('a storage failure while saving a message', () => {
  it('in D1 leaves no row and no orphan attachment, and answers a clear 503', async () => {
    expect(await refusalOf(send({ ...env, DB: failing(env.DB, 'batch') }))).toMatchObject({ status: 503, code: 'storage_unavailable' });
    expect(await storedRows()).toEqual([]);
    expect(await storedObjects()).toEqual([]);
    const outbox = await env.DB.prepare('SELECT COUNT(*) AS n FROM outbox').first<{ n: number }>();
    expect(outbox?.n).toBe(0);
  });

  it('in R2 leaves no row and answers a clear 503', async () => {
    expect(await refusalOf(send({ ...env, ATTACHMENTS: failing(env.ATTACHMENTS, 'put') }))).toMatchObject({
      status: 503,
      code: 'storage_unavailable',
    });
    expect(await storedRows()).toEqual([]);
    expect(await storedObjects()).toEqual([]);
  });
});
