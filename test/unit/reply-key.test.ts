// The reply key of a conversation, as the browser and the Worker make it: Argon2-protected, opened by
// its passphrase only, refused by the server's check when it is not protected as ours are.
import { readFileSync } from 'node:fs';
import { enums, generateKey, readKey, readPrivateKey } from 'openpgp';
import { describe, expect, it } from 'vitest';
import { decryptConversationText, encryptConversationText } from '../../functions/core/contact/conversation';
import {
  accessCode,
  checkReplyKey,
  derivePassphrase,
  generateReplyKey,
  newPassphrase,
  normalizePassphrase,
  PASSPHRASE_LENGTH,
  REPLY_KEY_ARGON2,
  unlockReplyKey,
} from '../../functions/core/contact/reply-key';
import { ARGON2_NO_SIMD_SHA256, ARGON2_SIMD_SHA256 } from '../../functions/server/argon2-wasm-hashes';

describe('reply keys', () => {
  it('open with the right passphrase only, however it is typed, and decrypt what was encrypted to them', async () => {
    const passphrase = newPassphrase();
    expect(normalizePassphrase(passphrase)).toHaveLength(PASSPHRASE_LENGTH);
    const made = await generateReplyKey(passphrase);
    expect(made.privateKey).not.toContain(passphrase);
    const typed = passphrase.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    const key = await unlockReplyKey(made.privateKey, typed);
    if (!key) throw new Error('the key did not open with its passphrase');
    const ciphertext = await encryptConversationText('Встретимся в четверг', [await readKey({ armoredKey: made.publicKey })]);
    expect(await decryptConversationText(ciphertext, key)).toBe('Встретимся в четверг');
    expect(await unlockReplyKey(made.privateKey, newPassphrase())).toBeUndefined();
    expect(await unlockReplyKey(made.privateKey, passphrase.slice(0, -1))).toBeUndefined();
  });

  it('keep no primary secret, protect the decryption key with Argon2 at the stated parameters, and the check refuses weaker protection', async () => {
    const made = await generateReplyKey(newPassphrase());
    const key = await readPrivateKey({ armoredKey: made.privateKey });
    expect('isDummy' in key.keyPacket && key.keyPacket.isDummy()).toBe(true);
    expect(key.subkeys).toHaveLength(1);
    for (const subkey of key.subkeys) {
      expect((subkey.keyPacket as unknown as { s2k: Record<string, unknown> }).s2k).toMatchObject({
        type: 'argon2',
        t: REPLY_KEY_ARGON2.passes,
        p: REPLY_KEY_ARGON2.parallelism,
        encodedM: REPLY_KEY_ARGON2.memoryExponent,
      });
    }
    expect(await checkReplyKey(made.publicKey, made.privateKey)).toBeDefined();
    // A key whose primary secret is kept and protected as strongly (as browsers made them before) is accepted too.
    const bothKept = await generateKey({
      type: 'curve25519',
      userIDs: [{ name: 'r' }],
      passphrase: 'x'.repeat(30),
      format: 'armored',
      config: { aeadProtect: true, s2kType: enums.s2k.argon2, s2kArgon2Params: REPLY_KEY_ARGON2 },
    });
    expect(await checkReplyKey(bothKept.publicKey, bothKept.privateKey)).toBeDefined();

    const iterated = await generateKey({ type: 'curve25519', userIDs: [{ name: 'r' }], passphrase: 'x'.repeat(30), format: 'armored' });
    expect(await checkReplyKey(iterated.publicKey, iterated.privateKey)).toBeUndefined();
    const unprotected = await generateKey({ type: 'curve25519', userIDs: [{ name: 'r' }], format: 'armored' });
    expect(await checkReplyKey(unprotected.publicKey, unprotected.privateKey)).toBeUndefined();
    const weakArgon2 = await generateKey({
      type: 'curve25519',
      userIDs: [{ name: 'r' }],
      passphrase: 'x'.repeat(30),
      format: 'armored',
      config: { aeadProtect: true, s2kType: enums.s2k.argon2, s2kArgon2Params: { passes: 1, parallelism: 1, memoryExponent: 10 } },
    });
    expect(await checkReplyKey(weakArgon2.publicKey, weakArgon2.privateKey)).toBeUndefined();
    const other = await generateReplyKey(newPassphrase());
    expect(await checkReplyKey(other.publicKey, made.privateKey)).toBeUndefined();
  });

  it('derive the same passphrase from the same secret, and prove it by an access code that is not the passphrase', async () => {
    const secret = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345';
    expect(await derivePassphrase(secret)).toBe(await derivePassphrase(secret));
    expect(await derivePassphrase(secret)).not.toBe(await derivePassphrase(`${secret}6`));
    const passphrase = normalizePassphrase(await derivePassphrase(secret)) ?? '';
    expect(passphrase).toHaveLength(PASSPHRASE_LENGTH);
    expect(await accessCode(passphrase)).toMatch(/^[0-9a-f]{64}$/);
    expect(await accessCode(passphrase)).not.toContain(passphrase.toLowerCase());
  });

  it("recognise the argon2id package's modules by the hashes the Worker hands precompiled modules for", async () => {
    const { createHash } = await import('node:crypto');
    const sha256 = (file: string) =>
      createHash('sha256')
        .update(readFileSync(new URL(`../../node_modules/argon2id/dist/${file}`, import.meta.url)))
        .digest('hex');
    expect(sha256('simd.wasm')).toBe(ARGON2_SIMD_SHA256);
    expect(sha256('no-simd.wasm')).toBe(ARGON2_NO_SIMD_SHA256);
  });
});
