// The private keys opened in this page. They live in this module's variable only: never uploaded,
// never written to browser storage, and dropped by lock() (the Lock button, and leaving the page).
import type { PrivateKey } from 'openpgp';
import { loadOpenpgp } from './crypto';

let keys: PrivateKey[] = [];

/** Why a key could not be opened, as the key of the string that says so. */
export class KeyProblem extends Error {
  constructor(readonly reason: 'staff.key.notPrivate' | 'staff.key.wrongPassphrase') {
    super(reason);
  }
}

async function readPrivate(armoredKey: string): Promise<PrivateKey> {
  const openpgp = await loadOpenpgp();
  try {
    return await openpgp.readPrivateKey({ armoredKey });
  } catch {
    throw new KeyProblem('staff.key.notPrivate');
  }
}

/** Reads an armored private key and unlocks it with its passphrase (a key without one opens as is). */
export async function openKey(armoredKey: string, passphrase: string): Promise<PrivateKey> {
  const openpgp = await loadOpenpgp();
  let key = await readPrivate(armoredKey);
  if (!key.isDecrypted()) {
    try {
      key = await openpgp.decryptKey({ privateKey: key, passphrase });
    } catch {
      throw new KeyProblem('staff.key.wrongPassphrase');
    }
  }
  keys = [...keys.filter((open) => open.getFingerprint() !== key.getFingerprint()), key];
  return key;
}

export function openKeys(): readonly PrivateKey[] {
  return keys;
}

export function lockKeys(): void {
  keys = [];
}

export async function decryptText(armoredMessage: string): Promise<string> {
  const openpgp = await loadOpenpgp();
  const { data } = await openpgp.decrypt({ message: await openpgp.readMessage({ armoredMessage }), decryptionKeys: keys });
  return data;
}

export async function decryptBytes(armoredMessage: string): Promise<Uint8Array> {
  const openpgp = await loadOpenpgp();
  const { data } = await openpgp.decrypt({
    message: await openpgp.readMessage({ armoredMessage }),
    decryptionKeys: keys,
    format: 'binary',
  });
  return data;
}
