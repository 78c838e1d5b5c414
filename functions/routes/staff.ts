import { Hono } from 'hono';
import { z } from 'zod';
import { changeMessageStatus, delegationMessages, messageAttachment } from '../server/staff-inbox';
import { limitBody, SMALL_BODY_LIMIT } from './body-limit';
import type { StaffEnv } from './env';
import { staffOnly } from './staff-only';
import { jsonBody, queryParams } from './validate';

const delegationQuery = z.strictObject({ delegation: z.string().regex(/^[a-z0-9-]{2,60}$/) });
const statusBody = z.strictObject({ status: z.enum(['read', 'answered']) });

export const staff = new Hono<StaffEnv>()
  .use(staffOnly)
  .get('/messages', queryParams(delegationQuery), async (c) => {
    const { delegation } = c.req.valid('query');
    return c.json({ delegation, messages: await delegationMessages(c.env, c.get('staff'), delegation) });
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
