// A dump of storage tells nobody who sent what: after messages and a contribution from known
// addresses, no value in D1 or R2 is an address, and no brute force over the senders' /16 links any
// address to a stored value, whether as a plain hash or as an HMAC under any key the dump holds.
import { describe, expect, it } from 'vitest';
import { toHex } from '../../functions/core/digest';
import { contribution } from './consultation-helpers';
import { encryptedFor, everyStoredValue, fetchWorker, postContact } from './contact-helpers';

const SENDERS = ['198.51.23.7', '198.51.200.14', '198.51.99.250'];
const encoder = new TextEncoder();
const HEX_64 = /[0-9a-f]{64}/g;

async function signer(key: string) {
  const cryptoKey = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return async (text: string) => toHex(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(text)));
}
const sha256 = async (text: string) => toHex(await crypto.subtle.digest('SHA-256', encoder.encode(text)));

async function sendFrom(address: string) {
  expect((await postContact(await encryptedFor(`from ${address}`), { address })).status).toBe(201);
  const posted = await fetchWorker('/api/consultations/2026/submissions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': address },
    body: JSON.stringify(contribution()),
  });
  expect(posted.status).toBe(201);
}

describe('what storage keeps about senders', () => {
  it('lets no brute force over the senders /16 recover an address from a dump of D1 and R2', async () => {
    for (const address of SENDERS) await sendFrom(address);
    const values = (await everyStoredValue()).map((value) => (typeof value === 'string' ? value : JSON.stringify(value)));
    for (const address of SENDERS) expect(values.join('\n')).not.toContain(address);

    const digests = new Set(values.flatMap((value) => value.match(HEX_64) ?? []));
    const keys = await Promise.all([...new Set(values.filter((value) => /^[0-9a-f]{32,}$/.test(value)))].map(signer));
    expect(digests.size).toBeGreaterThan(0);
    const recovered: string[] = [];
    for (let third = 0; third < 256; third += 1) {
      for (let fourth = 0; fourth < 256; fourth += 1) {
        const address = `198.51.${third}.${fourth}`;
        const guesses = [await sha256(address), ...(await Promise.all(keys.map((sign) => sign(address))))];
        if (guesses.some((guess) => digests.has(guess))) recovered.push(address);
      }
    }
    expect(recovered).toEqual([]);
  }, 300_000);
});
