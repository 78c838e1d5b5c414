// The browser's OpenPGP.js (scripts/openpgp-browser-build.ts): the lightweight build without the
// algorithms that curve25519 keys never use still encrypts to the site's keys, refuses other key
// types plainly, and is not built at all from a library that no longer has the modules it leaves out.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decrypt, generateKey, readMessage, readPrivateKey } from 'openpgp';
import { parseAst } from 'rolldown/parseAst';
import { afterAll, describe, expect, it } from 'vitest';
import { LEFT_OUT, LEFT_OUT_OF_ENCRYPTION_WORKER, leaveOutModules } from '../../scripts/openpgp-browser-build';

const LIGHTWEIGHT_DIR = new URL('../../node_modules/openpgp/dist/lightweight/', import.meta.url).pathname;
const source = readFileSync(join(LIGHTWEIGHT_DIR, 'openpgp.mjs'), 'utf8');

// The reduced builds beside the lightweight build's optional chunks, as the site's bundles have them.
const dir = mkdtempSync(join(tmpdir(), 'hrd-openpgp-browser-'));
cpSync(LIGHTWEIGHT_DIR, dir, { recursive: true });
writeFileSync(join(dir, 'openpgp.mjs'), leaveOutModules(source, parseAst(source)));
writeFileSync(join(dir, 'openpgp-worker.mjs'), leaveOutModules(source, parseAst(source), LEFT_OUT_OF_ENCRYPTION_WORKER));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
type OpenPgp = typeof import('openpgp');
const reduced = (): Promise<OpenPgp> => import(join(dir, 'openpgp.mjs'));
const encryptionWorkers = (): Promise<OpenPgp> => import(join(dir, 'openpgp-worker.mjs'));

async function encryptWith(openpgp: OpenPgp, armoredKey: string, text: string): Promise<string> {
  const key = await openpgp.readKey({ armoredKey });
  const message = await openpgp.createMessage({ text });
  return openpgp.encrypt({
    message,
    encryptionKeys: key,
    config: { preferredCompressionAlgorithm: openpgp.enums.compression.uncompressed },
  });
}

describe("the browser's OpenPGP.js", () => {
  it('encrypts to a delegation key what its private key decrypts', async () => {
    const armored = await encryptWith(
      await reduced(),
      readFileSync(new URL('../../content/keys/russia.asc', import.meta.url), 'utf8'),
      'Суд назначен на понедельник',
    );
    const privateKey = await readPrivateKey({
      armoredKey: readFileSync(new URL('../fixtures/keys/russia.private.asc', import.meta.url), 'utf8'),
    });
    const { data } = await decrypt({ message: await readMessage({ armoredMessage: armored }), decryptionKeys: privateKey });
    expect(data).toBe('Суд назначен на понедельник');
  });

  it("in the encryption worker's build, makes a key and encrypts to it and to a delegation key, what both private keys decrypt", async () => {
    const openpgp = await encryptionWorkers();
    const made = await openpgp.generateKey({ type: 'curve25519', userIDs: [{ name: 'r' }], format: 'armored' });
    const desk = await openpgp.readKey({ armoredKey: readFileSync(new URL('../../content/keys/russia.asc', import.meta.url), 'utf8') });
    const armored = await openpgp.encrypt({
      message: await openpgp.createMessage({ text: 'Встреча перенесена' }),
      encryptionKeys: [desk, await openpgp.readKey({ armoredKey: made.publicKey })],
      config: { preferredCompressionAlgorithm: openpgp.enums.compression.uncompressed },
    });
    const deskPrivate = await readPrivateKey({
      armoredKey: readFileSync(new URL('../fixtures/keys/russia.private.asc', import.meta.url), 'utf8'),
    });
    for (const decryptionKeys of [deskPrivate, await readPrivateKey({ armoredKey: made.privateKey })]) {
      const { data } = await decrypt({ message: await readMessage({ armoredMessage: armored }), decryptionKeys });
      expect(data).toBe('Встреча перенесена');
    }
  });

  it('refuses a NIST P-256 key, whose ECDSA it leaves out, saying so', async () => {
    const { publicKey } = await generateKey({ type: 'ecc', curve: 'nistP256', userIDs: [{ name: 'Test' }] });
    await expect(encryptWith(await reduced(), publicKey, 'x')).rejects.toThrow(/not in this build/);
  });

  it('is not built from a library that lacks a module it leaves out', () => {
    const renamed = source.replace('@module crypto/public_key/rsa', '@module crypto/public_key/rivest');
    expect(() => leaveOutModules(renamed, parseAst(renamed), LEFT_OUT)).toThrow(/no module crypto\/public_key\/rsa/);
  });
});
