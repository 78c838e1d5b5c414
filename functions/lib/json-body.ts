// Reads a JSON body and validates it with zod: malformed JSON is a 400, a wrong shape a 422 naming
// the fields. Never returns a raw ZodError.
import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from './api-error';

export async function readJsonBody<Schema extends z.ZodType>(c: Context, schema: Schema): Promise<z.infer<Schema>> {
  let data: unknown;
  try {
    data = await c.req.json();
  } catch {
    throw new ApiError(400, 'invalid_json', 'The body must be JSON.');
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const fields = [...new Set(result.error.issues.map((issue) => issue.path.join('.') || '(body)'))];
    throw new ApiError(422, 'invalid_body', `Invalid or missing fields: ${fields.join(', ')}.`);
  }
  return result.data;
}
