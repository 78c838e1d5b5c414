import { describe, expect, it } from 'vitest';
import { checkReplyKey, newPassphrase, REPLY_KEY_ARGON2 } from '../../functions/core/contact/reply-key';
import { makeReplyKey, openReplyKey } from '../../functions/server/reply-keys';
import { reportFigure } from './bench-figures';

describe('reply keys in the Worker', () => {
  it('makes an Argon2-protected key that opens with its passphrase only', async () => {
    const passphrase = newPassphrase();
    const made = await makeReplyKey(passphrase);
    expect(await checkReplyKey(made.publicKey, made.privateKey)).toBeDefined();
    expect(await openReplyKey(made.privateKey, passphrase)).toBeDefined();
    expect(await openReplyKey(made.privateKey, passphrase.toLowerCase().replace(/-/g, ' '))).toBeDefined();
    expect(await openReplyKey(made.privateKey, newPassphrase())).toBeUndefined();
  });

  it('unlocks in the time `npm run bench` reports (the median of five, in this isolate)', async () => {
    const passphrase = newPassphrase();
    const { privateKey } = await makeReplyKey(passphrase);
    const times: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now();
      expect(await openReplyKey(privateKey, passphrase)).toBeDefined();
      times.push(performance.now() - started);
    }
    const median = [...times].sort((a, b) => a - b)[2] ?? 0;
    reportFigure('replyKeyUnlockInWorker', { medianMs: Math.round(median), argon2: REPLY_KEY_ARGON2 });
  });
});
