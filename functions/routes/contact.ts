import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { AppEnv } from '../app';
import { ApiError } from '../lib/api-error';
import { acceptContact } from '../lib/contact-service';
import { readJsonBody } from '../lib/json-body';

// Ciphertext only: armored OpenPGP messages. The largest padded attachment (6 MiB) is about 8.2 MB armored.
export const CONTACT_BODY_LIMIT = 9 * 1024 * 1024;

const contactBody = z.strictObject({
  message: z.string().min(1).max(200_000),
  attachment: z.string().min(1).max(CONTACT_BODY_LIMIT).optional(),
  // The honeypot: people never see it, so anything in it comes from a bot.
  website: z.string().max(0).optional(),
});

export const contact = new Hono<AppEnv>().post(
  '/:delegationId',
  bodyLimit({
    maxSize: CONTACT_BODY_LIMIT,
    onError: () => {
      throw new ApiError(413, 'too_large', 'The message and attachment are larger than allowed.');
    },
  }),
  async (c) => {
    const body = await readJsonBody(c, contactBody);
    const receipt = await acceptContact(c.env, {
      delegationId: c.req.param('delegationId'),
      clientAddress: c.req.header('CF-Connecting-IP') ?? 'unknown',
      now: new Date(),
      encrypt: async () => ({ message: body.message, ...(body.attachment ? { attachment: body.attachment } : {}) }),
    });
    return c.json({ receipt, status: 'received' }, 201);
  },
);
