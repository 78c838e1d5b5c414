// Refuses anything that is not an OpenPGP message encrypted to exactly the expected keys (the desk's,
// and the conversation's reply key when there is one), so the API cannot be used to store plaintext or
// text someone else could read, and checks that the content was padded to a size bucket.
import {
  enums,
  type Key,
  PublicKeyEncryptedSessionKeyPacket,
  readMessage,
  SymEncryptedIntegrityProtectedDataPacket,
  unarmor,
} from 'openpgp';

// The session key packet (about 100 bytes for one recipient), the literal packet header, the cipher
// prefix and the integrity tag: what the whole message adds to the padded plaintext.
const MAX_OVERHEAD = 256;

// A field openpgp.js sets when it parses this packet but leaves out of its type declarations.
interface ParsedSessionKeyPacket {
  publicKeyID: { toHex(): string };
}

export type CiphertextProblem = 'not_openpgp' | 'wrong_recipient' | 'not_padded';

/** Whether every session key is for one of `keys`, and every one of `keys` has one. */
function toExactly(sessionKeys: readonly unknown[], keys: readonly Key[]): boolean {
  const idsOf = keys.map((key) => new Set(key.getKeyIDs().map((id) => id.toHex())));
  const recipients = sessionKeys.map((packet) => (packet as ParsedSessionKeyPacket).publicKeyID.toHex());
  const owner = recipients.map((id) => idsOf.findIndex((ids) => ids.has(id)));
  return owner.every((index) => index >= 0) && idsOf.every((_, index) => owner.includes(index)) && owner.length === keys.length;
}

export async function checkCiphertext(
  armored: string,
  keys: readonly Key[],
  buckets: readonly number[],
): Promise<{ bucket: number } | { problem: CiphertextProblem }> {
  // Dearmored once: its length is checked against the buckets, its packets against the key.
  let binary: Uint8Array;
  let packets: Awaited<ReturnType<typeof readMessage>>['packets'];
  try {
    const { type, data } = await unarmor(armored);
    if (type !== enums.armor.message || !(data instanceof Uint8Array)) return { problem: 'not_openpgp' };
    binary = data;
    packets = (await readMessage({ binaryMessage: binary })).packets;
  } catch {
    return { problem: 'not_openpgp' };
  }
  const sessionKeys = packets.filter((packet) => packet instanceof PublicKeyEncryptedSessionKeyPacket);
  const data = packets.filter((packet) => packet instanceof SymEncryptedIntegrityProtectedDataPacket);
  if (data.length !== 1 || sessionKeys.length === 0 || sessionKeys.length + data.length !== packets.length)
    return { problem: 'not_openpgp' };
  if (!toExactly(sessionKeys, keys)) return { problem: 'wrong_recipient' };
  const length = binary.length;
  const bucket = [...buckets].reverse().find((candidate) => candidate <= length);
  if (bucket === undefined || length - bucket > MAX_OVERHEAD) return { problem: 'not_padded' };
  return { bucket };
}
