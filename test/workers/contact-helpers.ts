// Shared by the contact tests: the sample key pair of the Russia delegation, a browser-like
// encryption of a message, and what the database and bucket hold.
import { env } from 'cloudflare:workers';
import { decrypt, decryptKey, type PrivateKey, readKey, readMessage, readPrivateKey } from 'openpgp';
import chinaPublicArmored from '../../content/keys/china.asc?raw';
import publicArmored from '../../content/keys/russia.asc?raw';
import { encryptContact } from '../../functions/core/contact/encryption';
import privateArmored from '../fixtures/keys/russia.private.asc?raw';

export const DELEGATION = 'russia';

export const russiaKey = () => readKey({ armoredKey: publicArmored });
export const chinaKey = () => readKey({ armoredKey: chinaPublicArmored });
export const russiaPrivateKey = async (): Promise<PrivateKey> => {
  const key = await readPrivateKey({ armoredKey: privateArmored });
  return key.isDecrypted() ? key : decryptKey({ privateKey: key, passphrase: '' });
};

export async function decryptText(armored: string): Promise<string> {
  const { data } = await decrypt({ message: await readMessage({ armoredMessage: armored }), decryptionKeys: await russiaPrivateKey() });
  return String(data);
}

export async function decryptBinary(armored: string): Promise<Uint8Array> {
  const { data } = await decrypt({
    message: await readMessage({ armoredMessage: armored }),
    decryptionKeys: await russiaPrivateKey(),
    format: 'binary',
  });
  return data as Uint8Array;
}

export async function encryptedFor(message: string, attachment?: { name: string; bytes: Uint8Array }) {
  return encryptContact(await russiaKey(), DELEGATION, { message, replyTo: 'signal: +000 000', name: 'A friend' }, attachment);
}

export function postContact(body: unknown, { delegation = DELEGATION, address = '198.51.100.7' } = {}) {
  return fetchWorker(`/api/contact/${delegation}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': address },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export async function fetchWorker(path: string, init?: RequestInit): Promise<Response> {
  const { exports } = await import('cloudflare:workers');
  return exports.default.fetch(new Request(`http://127.0.0.1${path}`, init));
}

export async function storedRows(): Promise<Record<string, unknown>[]> {
  return (await env.DB.prepare('SELECT * FROM contact_messages').all<Record<string, unknown>>()).results;
}

export async function storedObjects(): Promise<string[]> {
  return (await env.ATTACHMENTS.list()).objects.map((object) => object.key);
}

/** Every value of every row of every table, and every R2 key: what a dump of storage would show. */
export async function everyStoredValue(): Promise<unknown[]> {
  const tables = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'",
  ).all<{ name: string }>();
  const values: unknown[] = [];
  for (const { name } of tables.results) {
    const rows = await env.DB.prepare(`SELECT * FROM "${name}"`).all<Record<string, unknown>>();
    for (const row of rows.results) values.push(...Object.values(row));
  }
  const objects = await env.ATTACHMENTS.list({ include: ['customMetadata', 'httpMetadata'] });
  for (const object of objects.objects) values.push(object.key, object.customMetadata ?? {}, object.httpMetadata ?? {});
  return values;
}
