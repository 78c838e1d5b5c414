import { Hono } from 'hono';
import { z } from 'zod';
import { Refusal } from '../core/errors';
import { receiptStatus } from '../server/receipt-status';
import { limitBody, SMALL_BODY_LIMIT } from './body-limit';
import type { AppEnv } from './env';
import { jsonBody } from './validate';

// The code travels in the body, never in a URL, so it stays out of logs and browser history.
export const receipts = new Hono<AppEnv>().post(
  '/status',
  limitBody(SMALL_BODY_LIMIT),
  jsonBody(z.strictObject({ code: z.string().min(1).max(64) })),
  async (c) => {
    const status = await receiptStatus(c.env.DB, c.req.valid('json').code);
    if (!status) throw new Refusal('receipt_not_found');
    return c.json({ status });
  },
);
