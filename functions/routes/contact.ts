import { Hono } from 'hono';
import { z } from 'zod';
import { CONTACT_BODY_LIMIT } from '../core/contact/limits';
import { Refusal } from '../core/errors';
import { acceptContact, sentReplyKey } from '../server/contact-service';
import { limitBody } from './body-limit';
import { clientAddress } from './client-address';
import type { AppEnv } from './env';
import { jsonBody } from './validate';

const contactBody = z.strictObject({
  message: z.string().min(1).max(200_000),
  attachment: z.string().min(1).max(CONTACT_BODY_LIMIT).optional(),
  // The honeypot: people never see it, so anything in it comes from a bot.
  website: z.string().max(0).optional(),
  // The answer to the challenge offered with a 429, which lets a person past the limit send anyway.
  challenge: z.strictObject({ token: z.string().min(1).max(1000), answer: z.string().min(1).max(20) }).optional(),
  // The conversation's reply key, made in the browser: the private half protected by the defender's passphrase.
  replyKey: z
    .strictObject({ publicKey: z.string().min(1).max(20_000), privateKey: z.string().min(1).max(20_000), access: z.string().length(64) })
    .optional(),
});

// A retry with the same Idempotency-Key header gets the first receipt back.
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,64}$/;

function idempotencyOf(header: string | undefined, body: z.infer<typeof contactBody>) {
  if (header === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(header)) throw new Refusal('invalid_idempotency_key');
  return { key: header, content: `${body.message}\n${body.attachment ?? ''}` };
}

export const contact = new Hono<AppEnv>().post('/:delegationId', limitBody(CONTACT_BODY_LIMIT), jsonBody(contactBody), async (c) => {
  const body = c.req.valid('json');
  const idempotency = idempotencyOf(c.req.header('Idempotency-Key'), body);
  const receipt = await acceptContact(c.env, {
    delegationId: c.req.param('delegationId'),
    clientAddress: clientAddress(c),
    now: new Date(),
    encrypt: async () => ({ message: body.message, ...(body.attachment ? { attachment: body.attachment } : {}) }),
    replyKey: body.replyKey && (() => sentReplyKey(body.replyKey as NonNullable<typeof body.replyKey>)),
    challengeKind: 'proof-of-work',
    challenge: body.challenge,
    idempotency,
  });
  return c.json({ receipt, status: 'received' }, 201);
});
