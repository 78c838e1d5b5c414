// The texts of a conversation after its first message: the defender's follow-ups and the focal
// point's replies. Each is padded to a size bucket like a message and encrypted to exactly two keys:
// the desk's (so colleagues can read the thread) and the conversation's reply key (so the defender can).
import { createMessage, decrypt, encrypt, enums, type Key, type PrivateKey, readMessage } from 'openpgp';
import { MESSAGE_BUCKETS, padToBucket } from './envelope';

const UNCOMPRESSED = { preferredCompressionAlgorithm: enums.compression.uncompressed };

export async function encryptConversationText(text: string, keys: readonly Key[]): Promise<string> {
  const { padded } = padToBucket(`${text.trim()}\n`, MESSAGE_BUCKETS);
  return encrypt({ message: await createMessage({ text: padded }), encryptionKeys: [...keys], config: UNCOMPRESSED });
}

/** The text of an entry of the conversation, without its padding. */
export async function decryptConversationText(armored: string, key: PrivateKey): Promise<string> {
  const { data } = await decrypt({ message: await readMessage({ armoredMessage: armored }), decryptionKeys: key });
  return String(data).trimEnd();
}
