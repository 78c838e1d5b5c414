// Encrypts a padded message and an attachment container to a delegation's OpenPGP key, and to the
// conversation's reply key when there is one (so that the defender can read their own message again).
// Uncompressed on purpose: compression would make the ciphertext size depend on the content.
import { createMessage, encrypt, enums, type Key } from 'openpgp';
import { type ContactFields, formatEnvelope, padToBucket } from './envelope';
import { tarSingleFile } from './tar';

export interface EncryptedContact {
  message: string;
  attachment?: string;
}

export interface Attachment {
  name: string;
  bytes: Uint8Array;
}

const UNCOMPRESSED = { preferredCompressionAlgorithm: enums.compression.uncompressed };

export async function encryptContact(
  keys: Key | readonly Key[],
  delegationId: string,
  fields: ContactFields,
  attachment?: Attachment,
  /** Who reads it, when not the delegation: the headquarters desk (then the first key is the desk's). */
  desk = delegationId,
): Promise<EncryptedContact> {
  const encryptionKeys = Array.isArray(keys) ? [...keys] : [keys as Key];
  const { padded } = padToBucket(formatEnvelope(delegationId, { ...fields, attachmentName: attachment?.name }, desk));
  const message = await encrypt({ message: await createMessage({ text: padded }), encryptionKeys, config: UNCOMPRESSED });
  if (!attachment) return { message };
  const { archive } = tarSingleFile(attachment.name, attachment.bytes);
  const encryptedAttachment = await encrypt({
    message: await createMessage({ binary: archive, format: 'binary' }),
    encryptionKeys,
    config: UNCOMPRESSED,
  });
  return { message, attachment: encryptedAttachment };
}
