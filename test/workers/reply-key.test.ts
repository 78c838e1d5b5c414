import { readPrivateKey } from 'openpgp';
import { describe, expect, it } from 'vitest';
import { generateReplyKey, newPassphrase, REPLY_KEY_ARGON2, WORKER_REPLY_KEY_ARGON2 } from '../../functions/core/contact/reply-key';
import { makeReplyKey, openReplyKey } from '../../functions/server/reply-keys';
import { reportFigure } from './bench-figures';

const secretPackets = async (privateArmored: string) => {
  const key = await readPrivateKey({ armoredKey: privateArmored });
  return [key.keyPacket, ...key.subkeys.map((subkey) => subkey.keyPacket)] as unknown as { s2k: Record<string, unknown> }[];
};

describe('reply keys in the Worker', () => {
  it('makes a key protected with Argon2 at the Worker’s parameters, which opens with its passphrase only', async () => {
    const passphrase = newPassphrase();
    const made = await makeReplyKey(passphrase);
    for (const packet of await secretPackets(made.privateKey)) {
      expect(packet.s2k).toMatchObject({
        type: 'argon2',
        t: WORKER_REPLY_KEY_ARGON2.passes,
        p: WORKER_REPLY_KEY_ARGON2.parallelism,
        encodedM: WORKER_REPLY_KEY_ARGON2.memoryExponent,
      });
    }
    expect(made.privateKey).not.toContain(passphrase);
    expect(await openReplyKey(made.privateKey, passphrase)).toBeDefined();
    expect(await openReplyKey(made.privateKey, passphrase.toLowerCase().replace(/-/g, ' '))).toBeDefined();
    expect(await openReplyKey(made.privateKey, newPassphrase())).toBeUndefined();
  });

  it('unlocks a key made in a browser in the time `npm run bench` reports (the median of five, in this isolate)', async () => {
    const passphrase = newPassphrase();
    const { privateKey } = await generateReplyKey(passphrase);
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
