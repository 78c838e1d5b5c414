// What a defender's message looks like once decrypted by the focal point: plain text that any
// OpenPGP tool shows as is, padded with spaces to a fixed size bucket so that the ciphertext
// length says nothing about the message. Shared by the browser (JavaScript on) and the Worker (off).

/** Padded plaintext sizes, in bytes. 10,000 characters of 4-byte UTF-8 plus the header fit the last. */
export const MESSAGE_BUCKETS = [4 * 1024, 16 * 1024, 64 * 1024] as const;

export interface ContactFields {
  message: string;
  replyTo: string;
  name: string;
  attachmentName?: string | undefined;
}

/** `desk` is who reads it when not the delegation itself: the headquarters desk. */
export function formatEnvelope(delegationId: string, fields: ContactFields, desk = delegationId): string {
  const notGiven = '(not given)';
  const addressee =
    desk === delegationId
      ? `Message for the EU delegation: ${delegationId}`
      : `Message for the human rights defenders desk at EU headquarters, about the EU delegation: ${delegationId}`;
  return [
    addressee,
    `Name: ${fields.name.trim() || notGiven}`,
    `Reply to: ${fields.replyTo.trim() || notGiven}`,
    `Attachment: ${fields.attachmentName ? `${fields.attachmentName} (sent as a separate encrypted file)` : 'none'}`,
    '',
    fields.message.trim(),
    '',
  ].join('\n');
}

export function bucketFor(size: number, buckets: readonly number[]): number | undefined {
  return buckets.find((bucket) => bucket >= size);
}

/** The text padded with trailing spaces to exactly its bucket's size in UTF-8 bytes. */
export function padToBucket(text: string, buckets: readonly number[] = MESSAGE_BUCKETS): { padded: string; bucket: number } {
  const size = new TextEncoder().encode(text).length;
  const bucket = bucketFor(size, buckets);
  if (bucket === undefined) throw new Error('message too large for any size bucket');
  return { padded: text + ' '.repeat(bucket - size), bucket };
}
