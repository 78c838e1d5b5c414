// How much a defender may send, and how large a request carrying it may be.
export const MESSAGE_MAX_CHARS = 10_000;
export const REPLY_MAX_CHARS = 500;
export const NAME_MAX_CHARS = 200;
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

/** Ciphertext only: armored OpenPGP messages. The largest padded attachment (6 MiB) is about 8.2 MB armored. */
export const CONTACT_BODY_LIMIT = 9 * 1024 * 1024;

/** A follow-up or a reply: one armored message of the largest bucket (64 KiB padded), with room to spare. */
export const CONVERSATION_BODY_LIMIT = 256 * 1024;
