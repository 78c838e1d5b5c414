// A focal point reads messages with standard tools: GnuPG decrypts what the site encrypted, and
// tar unpacks the attachment. This runs the real gpg and tar binaries of the machine.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readKey } from 'openpgp';
import { afterAll, describe, expect, it } from 'vitest';
import { encryptConversationText } from '../../functions/core/contact/conversation';
import { encryptContact } from '../../functions/core/contact/encryption';
import { generateReplyKey, newPassphrase } from '../../functions/core/contact/reply-key';

const home = mkdtempSync(join(tmpdir(), 'hrd-gnupg-'));
const gpg = (...args: string[]) => execFileSync('gpg', ['--homedir', home, '--batch', '--quiet', ...args]);
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('decrypting with GnuPG', () => {
  it('gives back the message and, through tar, the attached file', async () => {
    gpg('--import', new URL('../fixtures/keys/russia.private.asc', import.meta.url).pathname);
    const key = await readKey({ armoredKey: readFileSync(new URL('../../content/keys/russia.asc', import.meta.url), 'utf8') });
    const pdf = new TextEncoder().encode('%PDF-1.4 minutes of the hearing');
    const encrypted = await encryptContact(
      key,
      'russia',
      { message: 'Суд назначен на понедельник', replyTo: 'signal', name: '' },
      { name: 'minutes.pdf', bytes: pdf },
    );
    writeFileSync(join(home, 'message.asc'), encrypted.message);
    writeFileSync(join(home, 'attachment.asc'), encrypted.attachment ?? '');

    const message = gpg('--decrypt', join(home, 'message.asc')).toString('utf8');
    expect(message).toContain('Суд назначен на понедельник');
    expect(message).toContain('Reply to: signal');

    gpg('--output', join(home, 'attachment.tar'), '--decrypt', join(home, 'attachment.asc'));
    execFileSync('tar', ['-xf', join(home, 'attachment.tar'), '-C', home]);
    expect(readFileSync(join(home, 'minutes.pdf'), 'utf8')).toBe('%PDF-1.4 minutes of the hearing');
  });

  it("reads a focal point's reply, encrypted to the desk key and the conversation's reply key, with the desk key alone", async () => {
    gpg('--import', new URL('../fixtures/keys/russia.private.asc', import.meta.url).pathname);
    const desk = await readKey({ armoredKey: readFileSync(new URL('../../content/keys/russia.asc', import.meta.url), 'utf8') });
    const replyKey = await readKey({ armoredKey: (await generateReplyKey(newPassphrase())).publicKey });
    writeFileSync(join(home, 'reply.asc'), await encryptConversationText('Мы пришлём наблюдателя на суд', [desk, replyKey]));
    expect(gpg('--decrypt', join(home, 'reply.asc')).toString('utf8').trimEnd()).toBe('Мы пришлём наблюдателя на суд');
  });
});
