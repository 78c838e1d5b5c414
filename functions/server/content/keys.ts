// The public keys of delegations with a secure channel, from content/keys/{delegation}.asc,
// bundled into the Worker at build time and parsed once per isolate.
import { type Key, readKey } from 'openpgp';

const armoredKeys = import.meta.glob<string>('../../../content/keys/*.asc', { query: '?raw', import: 'default', eager: true });
const byDelegation = new Map(Object.entries(armoredKeys).map(([path, armored]) => [path.replace(/^.*\/|\.asc$/g, ''), armored]));
const parsed = new Map<string, Promise<Key>>();

export function hasSecureChannel(delegationId: string): boolean {
  return byDelegation.has(delegationId);
}

/** Every delegation with a key, and the key as published (ASCII-armored). */
export function armoredDelegationKeys(): ReadonlyMap<string, string> {
  return byDelegation;
}

export function delegationKey(delegationId: string): Promise<Key> | undefined {
  const armored = byDelegation.get(delegationId);
  if (armored === undefined) return undefined;
  let key = parsed.get(delegationId);
  if (!key) {
    key = readKey({ armoredKey: armored });
    parsed.set(delegationId, key);
  }
  return key;
}
