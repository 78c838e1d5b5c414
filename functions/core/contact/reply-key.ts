// The reply key of a conversation: an OpenPGP key pair made for it alone, whose private half is
// encrypted under a passphrase that only the defender gets (shown once). The server keeps the public
// key and the protected private key, never the passphrase, so it cannot read the replies it stores.
// The key is protected with OpenPGP's Argon2 S2K (RFC 9580 §3.7.1.4). The passphrase carries 120
// random bits, so guessing it is out of reach whatever Argon2 costs; Argon2's memory cost is a second
// wall, paid where it costs the portal nothing:
// - a key made in the browser: 2 passes, 4 lanes, 32 MiB, above OWASP's floor for password storage
//   (19 MiB, 2 passes), set so that a mid-range phone unlocks it in under 2 s (`npm run bench`), where
//   RFC 9106's 64 MiB and 3 passes took 2.8 s;
// - a key the Worker makes for a defender without JavaScript: 1 pass, 1 lane, 256 KiB. At 32 MiB every
//   such message cost the Worker about 150 ms of CPU, which anyone could spend by posting the form.
import {
  config,
  decryptKey,
  enums,
  generateKey,
  type Key,
  type PartialConfig,
  type PrivateKey,
  readKey,
  readPrivateKey,
  type SecretKeyPacket,
  type SecretSubkeyPacket,
} from 'openpgp';
import { sha256Hex } from '../digest';
import { encodeCode, newCode, normalizeReceiptCode } from '../receipt-code';

/** The browser's parameters, and the least that the API accepts of a reply key a browser sends. */
export const REPLY_KEY_ARGON2 = { passes: 2, parallelism: 4, memoryExponent: 15 } as const;
/** The Worker's parameters, for the reply keys it makes itself (see above). */
export const WORKER_REPLY_KEY_ARGON2 = { passes: 1, parallelism: 1, memoryExponent: 8 } as const;

/** 24 characters of Crockford base32, 120 bits, in six groups of four: enough to stand on its own. */
export const PASSPHRASE_LENGTH = 24;

type Argon2Params = { passes: number; parallelism: number; memoryExponent: number };

function protection(argon2: Argon2Params): PartialConfig {
  return { aeadProtect: true, s2kType: enums.s2k.argon2, s2kArgon2Params: argon2 };
}

/** The name on every reply key: the same for all, so it says nothing about who holds it. */
const REPLY_KEY_USER = { name: 'Conversation reply key' };

export interface ReplyKey {
  publicKey: string;
  /** The private key, armored, encrypted under the passphrase with Argon2 S2K. */
  privateKey: string;
  /** What the server keeps to recognise the passphrase without holding it (see accessCode). */
  access: string;
}

/** A reply key as the server stores it: never the passphrase, and only a hash of its access code. */
export interface StoredReplyKey {
  publicKey: string;
  privateKey: string;
  accessHash: string;
}

/** A reply key ready to store, with its public key to encrypt the message to. */
export interface UsableReplyKey {
  key: Key;
  stored: StoredReplyKey;
}

export function newPassphrase(): string {
  return newCode(PASSPHRASE_LENGTH);
}

const DERIVATION_SALT = new TextEncoder().encode('hrd-portal/reply-passphrase/v1');

/**
 * The passphrase that belongs to a secret of at least as many bits (the no-JavaScript form's
 * idempotency key): a reloaded receipt page shows the same passphrase again, and nothing is stored.
 */
export async function derivePassphrase(secret: string): Promise<string> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'HKDF', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: DERIVATION_SALT, info: new Uint8Array() },
    material,
    120,
  );
  return encodeCode(new Uint8Array(bits), PASSPHRASE_LENGTH);
}

/** The passphrase as typed, read as the code it is (case, separators and look-alike letters forgiven). */
export function normalizePassphrase(input: string): string | undefined {
  return normalizeReceiptCode(input, [PASSPHRASE_LENGTH]);
}

/**
 * What proves the passphrase to the server without giving it: a SHA-256 of it, from which 120 bits
 * cannot be recovered, and which opens nothing (the key needs the passphrase itself).
 */
export function accessCode(normalizedPassphrase: string): Promise<string> {
  return sha256Hex(`reply-access:${normalizedPassphrase}`);
}

/** What the server stores of the access code: a hash of it, so that a copy of the database proves nothing. */
export function accessHash(access: string): Promise<string> {
  return sha256Hex(`reply-access-hash:${access}`);
}

export const ACCESS_CODE = /^[0-9a-f]{64}$/;

export async function usableReplyKey(replyKey: ReplyKey, key: Key): Promise<UsableReplyKey> {
  return { key, stored: { publicKey: replyKey.publicKey, privateKey: replyKey.privateKey, accessHash: await accessHash(replyKey.access) } };
}

// A secret key packet with what openpgp.js has on it and leaves out of its declarations.
type SecretPacket = (SecretKeyPacket | SecretSubkeyPacket) & { clearPrivateParams(): void };

function secretPacket(packet: object): SecretPacket {
  if (!('makeDummy' in packet)) throw new Error('a generated key without its secret');
  return packet as SecretPacket;
}

/** A reply key as made: armored, as it is sent and stored, and its public key to encrypt to, without reading it back. */
export interface MadeReplyKey {
  armored: ReplyKey;
  publicKey: Key;
}

/**
 * The key pair, its decryption subkey encrypted under the passphrase. The primary key only certifies
 * the pair as it is made; the defender never needs it again, so its secret is not kept (GnuPG's
 * "gnu-dummy" S2K, which OpenPGP.js reads and writes), and opening the key costs one Argon2 run, not two.
 */
export async function makeReplyKeyPair(passphrase: string, argon2: Argon2Params = REPLY_KEY_ARGON2): Promise<MadeReplyKey> {
  const normalized = normalizePassphrase(passphrase);
  if (!normalized) throw new Error('not a passphrase of this product');
  const { privateKey } = await generateKey({ type: 'curve25519', userIDs: [REPLY_KEY_USER], format: 'object' });
  const settings = { ...config, ...protection(argon2) };
  secretPacket(privateKey.keyPacket).makeDummy(settings);
  for (const subkey of privateKey.subkeys) {
    const packet = secretPacket(subkey.keyPacket);
    await packet.encrypt(normalized, settings);
    packet.clearPrivateParams();
  }
  const publicKey = privateKey.toPublic();
  return { armored: { publicKey: publicKey.armor(), privateKey: privateKey.armor(), access: await accessCode(normalized) }, publicKey };
}

/** The reply key as it is sent and stored. */
export async function generateReplyKey(passphrase: string, argon2: Argon2Params = REPLY_KEY_ARGON2): Promise<ReplyKey> {
  return (await makeReplyKeyPair(passphrase, argon2)).armored;
}

export type ReplyKeyProblem = 'reply_key_invalid';

// The fields openpgp.js sets on a secret key packet when it parses it, left out of its declarations.
interface ParsedSecretKeyPacket {
  isDecrypted(): boolean | null;
  isDummy(): boolean;
  s2k?: { type?: string; t?: number; p?: number; encodedM?: number } | null;
}

function isArgon2Protected(packet: ParsedSecretKeyPacket): boolean {
  const { s2k } = packet;
  if (packet.isDecrypted() !== false || s2k?.type !== 'argon2') return false;
  return (
    (s2k.t ?? 0) >= REPLY_KEY_ARGON2.passes &&
    (s2k.p ?? 0) >= REPLY_KEY_ARGON2.parallelism &&
    (s2k.encodedM ?? 0) >= REPLY_KEY_ARGON2.memoryExponent
  );
}

/**
 * The public key, if the pair is what the server may store: the private half matches it, every secret
 * it keeps is still encrypted with Argon2 at least as strong as ours, and the public key can encrypt.
 */
export async function checkReplyKey(publicArmored: string, privateArmored: string): Promise<Key | undefined> {
  try {
    const publicKey = await readKey({ armoredKey: publicArmored });
    const privateKey = await readPrivateKey({ armoredKey: privateArmored });
    if (publicKey.isPrivate() || publicKey.getFingerprint() !== privateKey.getFingerprint()) return undefined;
    const primary = privateKey.keyPacket as unknown as ParsedSecretKeyPacket;
    const subkeys = privateKey.subkeys.map((subkey) => subkey.keyPacket as unknown as ParsedSecretKeyPacket);
    // The primary's secret may be left out (as ours is); every secret kept must be protected.
    if (!(primary.isDummy() || isArgon2Protected(primary)) || !subkeys.every(isArgon2Protected)) return undefined;
    await publicKey.getEncryptionKey();
    return publicKey;
  } catch {
    return undefined;
  }
}

/** The private key, unlocked, or undefined when the passphrase is not the one it was made with. */
export async function unlockReplyKey(privateArmored: string, passphrase: string): Promise<PrivateKey | undefined> {
  const normalized = normalizePassphrase(passphrase);
  if (!normalized) return undefined;
  try {
    return await decryptKey({ privateKey: await readPrivateKey({ armoredKey: privateArmored }), passphrase: normalized });
  } catch {
    return undefined;
  }
}
