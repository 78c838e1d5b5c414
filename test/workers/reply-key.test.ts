import { describe, expect, it } from 'vitest';
import { checkReplyKey, newPassphrase } from '../../functions/core/contact/reply-key';
import { makeReplyKey, openReplyKey } from '../../functions/server/reply-keys';

describe('reply keys in the Worker', () => {
  it('makes an Argon2-protected key that opens with its passphrase only', async () => {
    const passphrase = newPassphrase();
    const made = await makeReplyKey(passphrase);
    expect(await checkReplyKey(made.publicKey, made.privateKey)).toBeDefined();
    expect(await openReplyKey(made.privateKey, passphrase)).toBeDefined();
    expect(await openReplyKey(made.privateKey, passphrase.toLowerCase().replace(/-/g, ' '))).toBeDefined();
    expect(await openReplyKey(made.privateKey, newPassphrase())).toBeUndefined();
  });
});
