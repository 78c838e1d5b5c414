import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { accessToken } from './access-token';
import { decryptText, encryptedFor, fetchWorker, postContact } from './contact-helpers';

function asStaff(path: string, token?: string, init: RequestInit = {}) {
  return fetchWorker(path, {
    ...init,
    headers: { ...(token ? { 'Cf-Access-Jwt-Assertion': token } : {}), 'Content-Type': 'application/json' },
  });
}

describe('staff tokens', () => {
  it('refuse a token without an expiry, and one issued in the future (401)', async () => {
    const withoutExpiry = await accessToken('russia.desk@eeas.example', { expiresIn: null });
    expect((await asStaff('/api/staff/messages?delegation=russia', withoutExpiry)).status).toBe(401);
    const fromTheFuture = await accessToken('russia.desk@eeas.example', {
      issuedAt: Math.floor(Date.now() / 1000) + 3600,
      expiresIn: '2h',
    });
    expect((await asStaff('/api/staff/messages?delegation=russia', fromTheFuture)).status).toBe(401);
    expect((await asStaff('/api/staff/messages?delegation=russia', await accessToken('russia.desk@eeas.example'))).status).toBe(200);
  });

  it('refuse the local key set when the request did not arrive locally, as on a deployed Worker', async () => {
    const { exports } = await import('cloudflare:workers');
    const response = await exports.default.fetch(
      new Request('https://portal.example/api/staff/messages?delegation=russia', {
        headers: { 'Cf-Access-Jwt-Assertion': await accessToken('russia.desk@eeas.example') },
      }),
    );
    expect(response.status).toBe(401);
  });
});

describe('staff export of messages', () => {
  it('refuses a request without an Access token (401)', async () => {
    const response = await asStaff('/api/staff/messages?delegation=russia');
    expect(response.status).toBe(401);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe('unauthenticated');
  });

  it('refuses a token for another audience, an expired one and a forged one (401)', async () => {
    expect(
      (await asStaff('/api/staff/messages?delegation=russia', await accessToken('russia.desk@eeas.example', { audience: 'other' }))).status,
    ).toBe(401);
    expect(
      (await asStaff('/api/staff/messages?delegation=russia', await accessToken('russia.desk@eeas.example', { expiresIn: '-1m' }))).status,
    ).toBe(401);
    const [header, payload] = (await accessToken('russia.desk@eeas.example')).split('.');
    expect((await asStaff('/api/staff/messages?delegation=russia', `${header}.${payload}.forged`)).status).toBe(401);
  });

  it("refuses staff of one delegation another delegation's messages (403)", async () => {
    const response = await asStaff('/api/staff/messages?delegation=china', await accessToken('russia.desk@eeas.example'));
    expect(response.status).toBe(403);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe('forbidden');
  });

  it("gives the delegation's staff the ciphertexts and attachment links, and lets them set a status", async () => {
    await postContact(await encryptedFor('help needed', { name: 'scan.png', bytes: new Uint8Array([137, 80, 78, 71]) }));
    const token = await accessToken('russia.desk@eeas.example');
    const response = await asStaff('/api/staff/messages?delegation=russia', token);
    expect(response.status).toBe(200);
    const { messages } = await response.json<{ messages: { id: string; ciphertext: string; attachment: string; status: string }[] }>();
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message?.status).toBe('received');
    expect(await decryptText(message?.ciphertext ?? '')).toContain('help needed');

    const attachment = await asStaff(message?.attachment ?? '', token);
    expect(attachment.status).toBe(200);
    expect(await attachment.text()).toContain('BEGIN PGP MESSAGE');

    const update = await asStaff(`/api/staff/messages/${message?.id}/status`, token, {
      method: 'POST',
      body: JSON.stringify({ status: 'read' }),
    });
    expect(update.status).toBe(200);
    const stored = await env.DB.prepare('SELECT status FROM contact_messages WHERE id = ?').bind(message?.id).first<{ status: string }>();
    expect(stored?.status).toBe('read');

    const other = await asStaff(`/api/staff/messages/${message?.id}/status`, await accessToken('someone@eeas.example'), {
      method: 'POST',
      body: JSON.stringify({ status: 'answered' }),
    });
    expect(other.status).toBe(403);
    const invalid = await asStaff(`/api/staff/messages/${message?.id}/status`, token, {
      method: 'POST',
      body: JSON.stringify({ status: 'deleted' }),
    });
    expect(invalid.status).toBe(422);
  });
});
