// No dead ends: a delegation without a focal point or a key still has a secure route, to the human
// rights defenders desk at headquarters, which records the delegation the message concerns; staff
// authorised for headquarters read it, the delegation's own staff do not.
import { env } from 'cloudflare:workers';
import { decrypt, decryptKey, readKey, readMessage, readPrivateKey } from 'openpgp';
import { describe, expect, it } from 'vitest';
import headquartersPublic from '../../content/keys/headquarters.asc?raw';
import { encryptContact } from '../../functions/core/contact/encryption';
import { routeFor } from '../../functions/server/contact-routing';
import headquartersPrivate from '../fixtures/keys/headquarters.private.asc?raw';
import { asStaff } from './consultation-helpers';
import { postContact, storedRows } from './contact-helpers';

const SECRET = 'Nos amenazaron frente a la radio comunitaria';

async function toHeadquarters(delegation: string) {
  return encryptContact(
    await readKey({ armoredKey: headquartersPublic }),
    delegation,
    { message: SECRET, replyTo: '', name: '' },
    undefined,
    'headquarters',
  );
}

async function headquartersKey() {
  const key = await readPrivateKey({ armoredKey: headquartersPrivate });
  return key.isDecrypted() ? key : decryptKey({ privateKey: key, passphrase: '' });
}

describe('a message about a delegation without a key', () => {
  for (const delegation of ['peru', 'chad']) {
    it(`about ${delegation}, reaches the headquarters desk, records the delegation and notifies the desk`, async () => {
      const response = await postContact(await toHeadquarters(delegation), { delegation });
      expect(response.status).toBe(201);
      const [row] = await storedRows();
      expect(row).toMatchObject({ delegation_id: 'headquarters', concerns_delegation_id: delegation });
      const outbox = await env.DB.prepare('SELECT recipient, body FROM outbox').all<{ recipient: string; body: string }>();
      expect(outbox.results.map((notice) => notice.recipient)).toEqual(['human-rights-defenders@hq.eeas.example']);
      expect(outbox.results[0]?.body).toContain(delegation);
      expect(outbox.results[0]?.body).not.toContain(SECRET);
      const { data } = await decrypt({
        message: await readMessage({ armoredMessage: String(row?.ciphertext) }),
        decryptionKeys: await headquartersKey(),
      });
      expect(String(data)).toContain(`headquarters, about the EU delegation: ${delegation}`);
      expect(String(data)).toContain(SECRET);
    });
  }

  it('is readable by staff authorised for headquarters only, with the delegation it concerns', async () => {
    expect((await postContact(await toHeadquarters('peru'), { delegation: 'peru' })).status).toBe(201);
    expect((await asStaff('/api/staff/messages?delegation=headquarters', 'peru.desk@eeas.example')).status).toBe(403);
    const peruDesk = await asStaff('/api/staff/messages?delegation=peru', 'peru.desk@eeas.example');
    expect((await peruDesk.json<{ messages: unknown[] }>()).messages).toEqual([]);
    const desk = await asStaff('/api/staff/messages?delegation=headquarters', 'hrd.desk@eeas.example');
    expect(desk.status).toBe(200);
    const { messages } = await desk.json<{ messages: { concerns: string; ciphertext: string }[] }>();
    expect(messages).toHaveLength(1);
    expect(messages[0]?.concerns).toBe('peru');
  });

  it('still goes to the delegation itself when it has a key', async () => {
    const russia = await encryptContact(
      await readKey({ armoredKey: (await import('../../content/keys/russia.asc?raw')).default }),
      'russia',
      { message: SECRET, replyTo: '', name: '' },
    );
    expect((await postContact(russia)).status).toBe(201);
    expect((await storedRows())[0]).toMatchObject({ delegation_id: 'russia', concerns_delegation_id: 'russia' });
  });
});

describe('every delegation in the directory', () => {
  it('has a secure route: its own key, or the headquarters desk, so no delegation page is a dead end', async () => {
    const ids = Object.keys(import.meta.glob('../../content/delegations/*.yaml')).map((path) => path.replace(/^.*\/|\.yaml$/g, ''));
    expect(ids).toHaveLength(145);
    const routes = await Promise.all(ids.map((id) => routeFor(id)));
    expect(routes.every((route, index) => route.concerns === ids[index] && route.key.getFingerprint().length === 40)).toBe(true);
    const viaHeadquarters = routes.filter((route) => route.desk === 'headquarters').map((route) => route.concerns);
    expect(viaHeadquarters).toContain('peru');
    expect(viaHeadquarters).toContain('chad');
    expect(viaHeadquarters).not.toContain('russia');
  });
});
