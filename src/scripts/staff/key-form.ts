// Opening a private key in the page, from a file or pasted armor, with its passphrase; and Lock.
// The form's fields are emptied as soon as the key is read, so the key and passphrase stay only in
// the keyring's memory.
import type { PrivateKey } from 'openpgp';
import { announce, showProblem } from './announce';
import { h, part } from './dom';
import { KeyProblem, lockKeys, openKey, openKeys } from './keyring';
import { say } from './page-data';

const fingerprint = (key: PrivateKey) =>
  key
    .getFingerprint()
    .toUpperCase()
    .replace(/(.{4})(?=.)/g, '$1 ');

function showOpenKeys(): void {
  const keys = openKeys();
  part('key-list').replaceChildren(
    ...keys.map((key) => h('li', {}, `${key.getUserIDs()[0] ?? ''} `, h('span', { class: 'fingerprint' }, fingerprint(key)))),
  );
  part('key-open').hidden = keys.length === 0;
}

async function armorFrom(textarea: HTMLTextAreaElement, file: HTMLInputElement): Promise<string> {
  const pasted = textarea.value.trim();
  if (pasted) return pasted;
  return (await file.files?.[0]?.text())?.trim() ?? '';
}

function forgetFields(textarea: HTMLTextAreaElement, file: HTMLInputElement, passphrase: HTMLInputElement): void {
  textarea.value = '';
  file.value = '';
  passphrase.value = '';
}

async function open(textarea: HTMLTextAreaElement, file: HTMLInputElement, passphrase: HTMLInputElement): Promise<void> {
  const armor = await armorFrom(textarea, file);
  if (!armor) {
    showProblem(say('staff.key.none'));
    file.focus();
    return;
  }
  try {
    const key = await openKey(armor, passphrase.value);
    forgetFields(textarea, file, passphrase);
    showOpenKeys();
    announce(say('staff.key.opened', { name: key.getUserIDs()[0] ?? '', fingerprint: fingerprint(key) }));
  } catch (error) {
    passphrase.value = '';
    showProblem(say(error instanceof KeyProblem ? error.reason : 'staff.key.notPrivate'));
    (error instanceof KeyProblem && error.reason === 'staff.key.wrongPassphrase' ? passphrase : file).focus();
  }
}

/** `onLock` forgets whatever was decrypted with the keys. */
export function wireKeyForm(onLock: () => void): void {
  const textarea = part<HTMLTextAreaElement>('key-armor');
  const file = part<HTMLInputElement>('key-file');
  const passphrase = part<HTMLInputElement>('key-passphrase');
  part<HTMLFormElement>('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void open(textarea, file, passphrase);
  });
  part('key-lock').addEventListener('click', () => {
    lock(onLock);
    announce(say('staff.key.locked'));
    part('key-heading').focus();
  });
}

export function lock(onLock: () => void): void {
  lockKeys();
  onLock();
  showOpenKeys();
}
