import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../app';
import { ApiError } from '../lib/api-error';
import { readJsonBody } from '../lib/json-body';
import { receiptStatus } from '../lib/receipt-status';

// The code travels in the body, never in a URL, so it stays out of logs and browser history.
export const receipts = new Hono<AppEnv>().post('/status', async (c) => {
  const { code } = await readJsonBody(c, z.strictObject({ code: z.string().min(1).max(64) }));
  const status = await receiptStatus(c.env.DB, code);
  if (!status) throw new ApiError(404, 'receipt_not_found', 'No message matches this receipt code.');
  return c.json({ status });
});
