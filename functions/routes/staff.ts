import { Hono } from 'hono';
import { z } from 'zod';
import { CONVERSATION_BODY_LIMIT } from '../core/contact/limits';
import {
  changeMessageStatus,
  delegationMessages,
  messageAttachment,
  replyToConversation,
  staffConversation,
  staffDesks,
} from '../server/staff-inbox';
import { limitBody, SMALL_BODY_LIMIT } from './body-limit';
import type { StaffEnv } from './env';
import { staffOnly } from './staff-only';
import { jsonBody, queryParams } from './validate';

const delegationQuery = z.strictObject({ delegation: z.string().regex(/^[a-z0-9-]{2,60}$/) });
const statusBody = z.strictObject({ status: z.enum(['read', 'answered', 'closed']) });
const replyBody = z.strictObject({ ciphertext: z.string().min(1).max(200_000) });

export const staff = new Hono<StaffEnv>()
  .use(staffOnly)
  .get('/me', (c) => c.json({ email: c.get('staff').email, desks: staffDesks(c.get('staff')) }))
  .get('/messages', queryParams(delegationQuery), async (c) => {
    const { delegation } = c.req.valid('query');
    return c.json({ delegation, messages: await delegationMessages(c.env, c.get('staff'), delegation) });
  })
  .get('/messages/:id/conversation', async (c) => c.json(await staffConversation(c.env, c.get('staff'), c.req.param('id'))))
  .post('/messages/:id/replies', limitBody(CONVERSATION_BODY_LIMIT), jsonBody(replyBody), async (c) => {
    const id = await replyToConversation(c.env, c.get('staff'), c.req.param('id'), c.req.valid('json').ciphertext, new Date());
    return c.json({ id, status: 'answered' }, 201);
  })
  .get('/messages/:id/attachment', async (c) => {
    const object = await messageAttachment(c.env, c.get('staff'), c.req.param('id'));
    return c.body(object.body, 200, {
      'Content-Type': 'application/pgp-encrypted',
      'Content-Disposition': `attachment; filename="${c.req.param('id')}.tar.asc"`,
    });
  })
  .post('/messages/:id/status', limitBody(SMALL_BODY_LIMIT), jsonBody(statusBody), async (c) => {
    const { status } = c.req.valid('json');
    await changeMessageStatus(c.env, c.get('staff'), c.req.param('id'), status);
    return c.json({ id: c.req.param('id'), status });
  });
