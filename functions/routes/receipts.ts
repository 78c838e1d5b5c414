import { Hono } from 'hono';
import { z } from 'zod';
import { CONVERSATION_BODY_LIMIT } from '../core/contact/limits';
import { Refusal } from '../core/errors';
import { deleteReply, followUp, readConversation } from '../server/conversation-service';
import { receiptStatus } from '../server/receipt-status';
import { limitBody, SMALL_BODY_LIMIT } from './body-limit';
import { clientAddress } from './client-address';
import type { AppEnv } from './env';
import { jsonBody } from './validate';

// Codes travel in the body, never in a URL, so they stay out of logs and browser history. `access` is
// the access code of the passphrase (accessCode in functions/core/contact/reply-key.ts), never the passphrase.
const code = z.string().min(1).max(64);
const access = z.string().min(1).max(64);
const challenge = z.strictObject({ token: z.string().min(1).max(1000), answer: z.string().min(1).max(20) });

function accessOf(c: { req: { header(name: string): string | undefined } }, body: { code: string; access: string }) {
  return { code: body.code, access: body.access, clientAddress: clientAddress(c), now: new Date() };
}

export const receipts = new Hono<AppEnv>()
  .post('/status', limitBody(SMALL_BODY_LIMIT), jsonBody(z.strictObject({ code })), async (c) => {
    const status = await receiptStatus(c.env.DB, c.req.valid('json').code);
    if (!status) throw new Refusal('receipt_not_found');
    return c.json({ status });
  })
  .post('/conversation', limitBody(SMALL_BODY_LIMIT), jsonBody(z.strictObject({ code, access })), async (c) =>
    c.json(await readConversation(c.env, accessOf(c, c.req.valid('json')))),
  )
  .post(
    '/conversation/messages',
    limitBody(CONVERSATION_BODY_LIMIT),
    jsonBody(z.strictObject({ code, access, message: z.string().min(1).max(200_000), challenge: challenge.optional() })),
    async (c) => {
      const body = c.req.valid('json');
      await followUp(c.env, {
        ...accessOf(c, body),
        encrypt: async () => body.message,
        challengeKind: 'proof-of-work',
        challenge: body.challenge,
      });
      return c.json({ status: 'received' }, 201);
    },
  )
  .post(
    '/conversation/reply-deletions',
    limitBody(SMALL_BODY_LIMIT),
    jsonBody(z.strictObject({ code, access, reply: z.string().uuid() })),
    async (c) => {
      const body = c.req.valid('json');
      await deleteReply(c.env, accessOf(c, body), body.reply);
      return c.json({ deleted: body.reply });
    },
  );
