// `npm run staff:sign-in -- <desk>`: a local staff sign-in for trying the staff inbox on `npm start`.
// Prints a token, valid 8 hours, for the fictional sample focal point of that desk, and where the
// desk's sample private key is. Only a local server accepts it (see test/support/local-staff.ts).
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPrivateKey } from 'openpgp';
import { localStaffToken, sampleDesks, sampleStaffAccess, sampleStaffEmail } from '../test/support/local-staff.ts';

const LOCAL_URL = 'http://127.0.0.1:8787/staff/';
const VALID_FOR = '8h';
const root = fileURLToPath(new URL('..', import.meta.url));
const desk = process.argv[2] ?? '';

if (!sampleDesks().includes(desk)) {
  console.error(`Usage: npm run staff:sign-in -- <desk>, one of:\n  ${sampleDesks().join(' ')}`);
  process.exit(1);
}

async function passphraseNote(keyFile: string): Promise<string> {
  const key = await readPrivateKey({ armoredKey: readFileSync(keyFile, 'utf8') });
  return key.isDecrypted() ? 'no passphrase: leave the passphrase field empty' : 'passphrase: see test/fixtures/keys/README.md';
}

const token = await localStaffToken(desk, VALID_FOR);
const grants = sampleStaffAccess()[sampleStaffEmail(desk)] ?? [];
const lines = [
  `Local staff sign-in for ${sampleStaffEmail(desk)} (fictional), who may read: ${grants.join(', ')}.`,
  `Valid for ${VALID_FOR.replace('h', ' hours')}, and only on a local server (npm start). Open ${LOCAL_URL} and paste:`,
  '',
  token,
  '',
];
const keyFile = fileURLToPath(new URL(`../test/fixtures/keys/${desk}.private.asc`, import.meta.url));
if (existsSync(keyFile)) lines.push(`The desk's sample private key: ${relative(root, keyFile)} (${await passphraseNote(keyFile)}).`);
if (!grants.includes('consultations')) lines.push('For consultation input, sign in as: npm run staff:sign-in -- headquarters');
console.log(lines.join('\n'));
