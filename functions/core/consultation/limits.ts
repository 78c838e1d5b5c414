// How much a contribution may hold, and how large a request carrying it may be.
export const ORGANISATION_MAX_CHARS = 200;
export const CONSULTATION_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** A 10 MB PDF is about 13.4 MB in base64. */
export const CONSULTATION_BODY_LIMIT = 14 * 1024 * 1024;
