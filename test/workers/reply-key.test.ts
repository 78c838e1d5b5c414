import { readPrivateKey } from 'openpgp';
import { describe, expect, it } from 'vitest';
import { encryptContact } from '../../functions/core/contact/encryption';
import { generateReplyKey, newPassphrase, REPLY_KEY_ARGON2, WORKER_REPLY_KEY_ARGON2 } from '../../functions/core/contact/reply-key';
import { makeUsableReplyKey, openReplyKey } from '../../functions/server/reply-keys';
import { reportFigure } from './bench-figures';
import { fetchWorker, russiaKey } from './contact-helpers';

/** The mean time of `runs` runs one after another (the isolate's clock moves in whole milliseconds). */
async function meanMs(runs: number, run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let each = 0; each < runs; each += 1) await run();
  return (performance.now() - started) / runs;
}

/** The primary key packet, and the subkeys' packets with their protection. */
const secretPackets = async (privateArmored: string) => {
  const key = await readPrivateKey({ armoredKey: privateArmored });
  return {
    primary: key.keyPacket,
    subkeys: key.subkeys.map((subkey) => subkey.keyPacket) as unknown as { s2k: Record<string, unknown> }[],
  };
};

describe('reply keys in the Worker', () => {
  it('makes a key protected with Argon2 at the Worker’s parameters, which opens with its passphrase only', async () => {
    const passphrase = newPassphrase();
    const made = (await makeUsableReplyKey(passphrase)).stored;
    const { primary, subkeys } = await secretPackets(made.privateKey);
    expect('isDummy' in primary && primary.isDummy()).toBe(true);
    for (const packet of subkeys) {
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

  it('makes and encrypts to a reply key for a message sent without JavaScript in the time `npm run bench` reports', async () => {
    const passphrase = newPassphrase();
    const desk = await russiaKey();
    const replyPublic = (await makeUsableReplyKey(passphrase)).key;
    const fields = { message: 'Benchmark message sent without JavaScript', replyTo: '', name: '' };
    await fetchWorker('/api/health');
    const figures = {
      replyKeyMs: await meanMs(20, () => makeUsableReplyKey(passphrase)),
      encryptionMs: await meanMs(20, () => encryptContact([desk, replyPublic], 'russia', fields)),
      healthMs: await meanMs(20, async () => expect((await fetchWorker('/api/health')).status).toBe(200)),
    };
    expect(figures.replyKeyMs).toBeGreaterThan(0);
    reportFigure('noJsMessageCryptoInWorker', { ...figures, argon2: WORKER_REPLY_KEY_ARGON2 });
  });
});
