// One error shape for the whole API: { "error": { "code": "...", "message": "..." } }, plus
// "fields" on validation errors. Pages that share the same services map `code` (and each field's
// UI string key) to a message in the reader's language.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
    /** For validation errors: each invalid field and the UI string key that explains it. */
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  headers: Record<string, string> = {},
  fields?: Record<string, string>,
): Response {
  return c.json({ error: { code, message, ...(fields ? { fields } : {}) } }, status, headers);
}
