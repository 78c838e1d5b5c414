import { env } from 'cloudflare:workers';
import { generateKey, readKey } from 'openpgp';
import { describe, expect, it } from 'vitest';
import { decryptConversationText, encryptConversationText } from '../../functions/core/contact/conversation';
import { encryptContact } from '../../functions/core/contact/encryption';
import { unlockReplyKey } from '../../functions/core/contact/reply-key';
import { runMaintenance } from '../../functions/server/maintenance';
import { DELEGATION, decryptText, everyStoredValue, postContact, russiaKey } from './contact-helpers';
import { asDefender, asStaff, messageIdOf, staffReply, startConversation } from './conversation-helpers';

interface View {
  status: string;
  desk: string;
  replyKey: string;
  entries: { id: string; author: string; ciphertext: string }[];
}

async function otherKey() {
  const { publicKey } = await generateKey({ type: 'curve25519', userIDs: [{ name: 'someone else' }], format: 'armored' });
  return readKey({ armoredKey: publicKey });
}

describe('a two-way conversation', () => {
  it('lets the focal point answer and only the defender read the answer; storage holds no plaintext and no passphrase', async () => {
    const defender = await startConversation('First message, about a hearing next week');
    const id = await messageIdOf(defender.receipt);

    const staffView = await (await asStaff(`/api/staff/messages/${id}/conversation`)).json<{
      replyKey: string;
      entries: View['entries'];
    }>();
    expect(staffView.replyKey).toBe(defender.replyKey.publicKey);
    expect(await decryptText(staffView.entries[0]?.ciphertext ?? '')).toContain('First message, about a hearing next week');

    const keys = [await russiaKey(), defender.replyPublic];
    const replied = await staffReply(id, 'We will send an observer to the hearing', keys);
    expect(replied.status).toBe(201);

    const opened = await asDefender('conversation', { code: defender.receipt, access: defender.access });
    expect(opened.status).toBe(200);
    expect(opened.headers.get('Cache-Control')).toContain('no-store');
    const view = await opened.json<View>();
    expect(view.status).toBe('answered');
    expect(view.entries.map((entry) => entry.author)).toEqual(['defender', 'staff']);
    const replyKey = await unlockReplyKey(view.replyKey, defender.passphrase);
    if (!replyKey) throw new Error('the reply key did not open with its passphrase');
    expect(await decryptConversationText(view.entries[0]?.ciphertext ?? '', replyKey)).toContain(
      'First message, about a hearing next week',
    );
    expect(await decryptConversationText(view.entries[1]?.ciphertext ?? '', replyKey)).toBe('We will send an observer to the hearing');

    const followUp = await encryptConversationText('Thank you, it is at ten', keys);
    expect((await asDefender('conversation/messages', { code: defender.receipt, access: defender.access, message: followUp })).status).toBe(
      201,
    );
    const afterFollowUp = await (await asStaff(`/api/staff/messages/${id}/conversation`)).json<{
      status: string;
      entries: View['entries'];
    }>();
    expect(afterFollowUp.status).toBe('received');
    expect(await decryptText(afterFollowUp.entries[2]?.ciphertext ?? '')).toContain('Thank you, it is at ten');

    const stored = JSON.stringify(await everyStoredValue());
    for (const secret of [
      'hearing',
      'observer',
      'it is at ten',
      defender.passphrase,
      defender.passphrase.replace(/-/g, ''),
      defender.access,
    ])
      expect(stored).not.toContain(secret);
  });

  it('lets the defender delete an answer once read, and not before', async () => {
    const defender = await startConversation('Please answer here', '198.51.100.21');
    const id = await messageIdOf(defender.receipt);
    const keys = [await russiaKey(), defender.replyPublic];
    await staffReply(id, 'First answer', keys);
    const credentials = { code: defender.receipt, access: defender.access };
    const first = (await (await asDefender('conversation', credentials, '198.51.100.21')).json<View>()).entries[1]?.id;
    await staffReply(id, 'Second answer, not yet read', keys);
    const entries = (await (await asStaff(`/api/staff/messages/${id}/conversation`)).json<View>()).entries;
    const unread = entries[2]?.id;

    expect((await asDefender('conversation/reply-deletions', { ...credentials, reply: unread }, '198.51.100.21')).status).toBe(404);
    expect((await asDefender('conversation/reply-deletions', { ...credentials, reply: first }, '198.51.100.21')).status).toBe(200);
    const left = (await (await asDefender('conversation', credentials, '198.51.100.21')).json<View>()).entries.map((entry) => entry.id);
    expect(left).not.toContain(first);
    expect(left).toContain(unread);
  });

  it('refuses a staff reply that is not ciphertext to exactly the desk key and the reply key (422)', async () => {
    const defender = await startConversation('Check the replies', '198.51.100.22');
    const id = await messageIdOf(defender.receipt);
    const desk = await russiaKey();
    const attempts = [
      JSON.stringify({ ciphertext: 'We will help you (in plain text)' }),
      JSON.stringify({ ciphertext: await encryptConversationText('only to the desk', [desk]) }),
      JSON.stringify({ ciphertext: await encryptConversationText('only to the defender', [defender.replyPublic]) }),
      JSON.stringify({ ciphertext: await encryptConversationText('and to a third key', [desk, defender.replyPublic, await otherKey()]) }),
      JSON.stringify({
        ciphertext: (
          await encryptContact([desk, defender.replyPublic], DELEGATION, { message: 'x', replyTo: '', name: '' })
        ).message.replace(/[A-Za-z0-9+/]{10}\n/, '\n'),
      }),
    ];
    for (const body of attempts) {
      const response = await asStaff(`/api/staff/messages/${id}/replies`, { method: 'POST', body });
      expect(response.status).toBe(422);
    }
    const entries = (await (await asStaff(`/api/staff/messages/${id}/conversation`)).json<View>()).entries;
    expect(entries).toHaveLength(1);
  });

  it('answers 409 to a reply to a message sent without a reply key, and to a follow-up after closing', async () => {
    const oneWay = await encryptContact(await russiaKey(), DELEGATION, { message: 'one way', replyTo: '', name: '' });
    const sent = await postContact(oneWay, { address: '198.51.100.23' });
    expect(sent.status).toBe(201);
    const oneWayId = await messageIdOf((await sent.json<{ receipt: string }>()).receipt);
    expect((await staffReply(oneWayId, 'cannot', [await russiaKey()])).status).toBe(409);

    const defender = await startConversation('Close me', '198.51.100.24');
    const id = await messageIdOf(defender.receipt);
    const close = await asStaff(`/api/staff/messages/${id}/status`, { method: 'POST', body: JSON.stringify({ status: 'closed' }) });
    expect(close.status).toBe(200);
    const message = await encryptConversationText('after closing', [await russiaKey(), defender.replyPublic]);
    const refused = await asDefender(
      'conversation/messages',
      { code: defender.receipt, access: defender.access, message },
      '198.51.100.24',
    );
    expect(refused.status).toBe(409);
  });

  it('answers a wrong passphrase and an unknown receipt alike, and limits wrong attempts even for the right pair', async () => {
    const defender = await startConversation('Guess me', '198.51.100.25');
    const address = '203.0.113.99';
    const wrongAccess = await asDefender('conversation', { code: defender.receipt, access: 'a'.repeat(64) }, address);
    const unknownReceipt = await asDefender('conversation', { code: 'ABCD-EFGH-JKMN-PQRS', access: defender.access }, address);
    expect(wrongAccess.status).toBe(404);
    expect(unknownReceipt.status).toBe(404);
    expect(await wrongAccess.json()).toEqual(await unknownReceipt.json());
    for (let attempt = 2; attempt < 10; attempt += 1)
      expect((await asDefender('conversation', { code: defender.receipt, access: 'b'.repeat(64) }, address)).status).toBe(404);
    const limited = await asDefender('conversation', { code: defender.receipt, access: defender.access }, address);
    expect(limited.status).toBe(429);
    expect((await asDefender('conversation', { code: defender.receipt, access: defender.access })).status).toBe(200);
  });

  it('refuses a reply key the server could open, and a message not encrypted to it (422), storing nothing', async () => {
    const before = (await env.DB.prepare('SELECT COUNT(*) AS n FROM contact_messages').first<{ n: number }>())?.n;
    const unprotected = await generateKey({ type: 'curve25519', userIDs: [{ name: 'r' }], format: 'armored' });
    const replyPublic = await readKey({ armoredKey: unprotected.publicKey });
    const encrypted = await encryptContact([await russiaKey(), replyPublic], DELEGATION, { message: 'x', replyTo: '', name: '' });
    const weak = await postContact(
      { ...encrypted, replyKey: { publicKey: unprotected.publicKey, privateKey: unprotected.privateKey, access: 'c'.repeat(64) } },
      { address: '198.51.100.26' },
    );
    expect(weak.status).toBe(422);
    expect((await weak.json<{ error: { code: string } }>()).error.code).toBe('reply_key_invalid');

    const defender = await startConversation('valid', '198.51.100.27');
    const toDeskOnly = await encryptContact(await russiaKey(), DELEGATION, { message: 'x', replyTo: '', name: '' });
    const wrong = await postContact({ ...toDeskOnly, replyKey: defender.replyKey }, { address: '198.51.100.27' });
    expect(wrong.status).toBe(422);
    const after = (await env.DB.prepare('SELECT COUNT(*) AS n FROM contact_messages').first<{ n: number }>())?.n;
    expect(after).toBe((before ?? 0) + 1);
  });

  it('expires with the retention period like a message: answers, follow-ups and the reply key go', async () => {
    const defender = await startConversation('Expire me', '198.51.100.28');
    const id = await messageIdOf(defender.receipt);
    await staffReply(id, 'An answer that must not outlive the message', [await russiaKey(), defender.replyPublic]);
    await runMaintenance(env, new Date(Date.now() + 91 * 86_400_000));
    const entries = await env.DB.prepare('SELECT COUNT(*) AS n FROM conversation_entries WHERE message_id = ?')
      .bind(id)
      .first<{ n: number }>();
    expect(entries?.n).toBe(0);
    const row = await env.DB.prepare(
      'SELECT reply_public_key, reply_private_key, reply_access_hash, status FROM contact_messages WHERE id = ?',
    )
      .bind(id)
      .first();
    expect(row).toEqual({ reply_public_key: null, reply_private_key: null, reply_access_hash: null, status: 'expired' });
    expect((await asDefender('conversation', { code: defender.receipt, access: defender.access }, '198.51.100.28')).status).toBe(404);
  });
});
