// OpenPGP.js runs here, in a worker, so that loading, compiling and running it (Argon2 included) never
// holds up the page: typing goes on while the code arrives and while a message is encrypted. The page
// calls these tasks through crypto-client.ts; each takes and returns plain data.
import { encryptContact } from '../../functions/core/contact/encryption';
import { type MadeReplyKey, makeReplyKeyPair, newPassphrase } from '../../functions/core/contact/reply-key';
import type { ContactInput } from '../../functions/core/contact/validation';
import { type Key, readKey } from './openpgp-browser';

const keys = new Map<string, Key>();

interface NextReplyKey {
  passphrase: string;
  made: MadeReplyKey;
}

/**
 * The reply key for the next message, made while the defender writes so that sending does not wait for
 * Argon2. It lives in this worker's memory only, and serves one message.
 */
let nextReplyKey: Promise<NextReplyKey> | undefined;

async function makeReplyKey(): Promise<NextReplyKey> {
  const passphrase = newPassphrase();
  return { passphrase, made: await makeReplyKeyPair(passphrase) };
}

async function takeReplyKey(): Promise<NextReplyKey> {
  const made = nextReplyKey ?? makeReplyKey();
  nextReplyKey = undefined;
  return made.catch(makeReplyKey);
}

function deskKey(desk: string): Key {
  const key = keys.get(desk);
  if (!key) throw new Error(`no key read for ${desk}`);
  return key;
}

export const tasks = {
  /** Reads the desk's published key and checks its self-signatures. */
  async prepareContact(desk: string, armoredKey: string): Promise<void> {
    const key = await readKey({ armoredKey });
    // A key of a type that the browser's build leaves out fails here, and the Worker encrypts instead.
    await key.getEncryptionKey();
    keys.set(desk, key);
  },
  /** Makes the next message's reply key and its passphrase ahead of time. */
  async prepareReplyKey(): Promise<void> {
    nextReplyKey ??= makeReplyKey();
    await nextReplyKey;
  },
  /** Takes the conversation's reply key and its passphrase, and encrypts to the desk's key and the reply key. */
  async encryptContact(delegationId: string, input: ContactInput, desk: string) {
    const { passphrase, made } = await takeReplyKey();
    const encrypted = await encryptContact([deskKey(desk), made.publicKey], delegationId, input, input.attachment, desk);
    return { encrypted, replyKey: made.armored, passphrase };
  },
};

export type CryptoTasks = typeof tasks;
export type CryptoRequest = {
  [Name in keyof CryptoTasks]: { id: number; task: Name; args: Parameters<CryptoTasks[Name]> };
}[keyof CryptoTasks];
export type CryptoResponse = { id: number; result: unknown } | { id: number; error: string };

self.addEventListener('message', async (event: MessageEvent<CryptoRequest>) => {
  const { id, task, args } = event.data;
  try {
    const run = tasks[task] as (...values: typeof args) => Promise<unknown>;
    self.postMessage({ id, result: await run(...args) } satisfies CryptoResponse);
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies CryptoResponse);
  }
});
