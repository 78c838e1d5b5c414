// Validation at the edge of every route, as middleware: the handler reads `c.req.valid(...)`.
// A body that is not declared JSON is `unsupported_media_type`; malformed JSON is `invalid_json`; a wrong shape is `invalid_body` (or `invalid_query`) naming the
// fields. Never a raw ZodError.
import type { MiddlewareHandler } from 'hono';
import { validator } from 'hono/validator';
import type { z } from 'zod';
import { Refusal, type RefusalCode } from '../core/errors';

function parsed<Schema extends z.ZodType>(schema: Schema, data: unknown, code: RefusalCode): z.output<Schema> {
  const result = schema.safeParse(data);
  if (!result.success) {
    const fields = [...new Set(result.error.issues.map((issue) => issue.path.join('.') || '(body)'))];
    throw new Refusal(code, { message: `Invalid or missing fields: ${fields.join(', ')}.` });
  }
  return result.data;
}

/**
 * A JSON body checked against `schema`. Only `application/json` is read (415 otherwise): a hostile page
 * can make a browser post text/plain across sites without a preflight, but never JSON.
 */
export function jsonBody<Schema extends z.ZodType>(
  schema: Schema,
): MiddlewareHandler<object, string, { in: { json: z.input<Schema> }; out: { json: z.output<Schema> } }> {
  return async (c, next) => {
    const mediaType = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (mediaType !== 'application/json') throw new Refusal('unsupported_media_type');
    let data: unknown;
    try {
      data = await c.req.json();
    } catch {
      throw new Refusal('invalid_json');
    }
    c.req.addValidatedData('json', parsed(schema, data, 'invalid_body') as object);
    await next();
  };
}

export function queryParams<Schema extends z.ZodType>(schema: Schema) {
  return validator('query', (value) => parsed(schema, value, 'invalid_query') as z.output<Schema>);
}
