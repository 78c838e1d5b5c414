import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError } from '../lib/api-error';
import { readJsonBody } from '../lib/json-body';
import { requireDelegation, type StaffEnv, staffOnly } from '../lib/staff-auth';

interface MessageRow {
  id: string;
  delegation_id: string;
  ciphertext: string;
  size_bucket: number;
  attachment_key: string | null;
  status: string;
  created_day: string;
}

const delegationQuery = z.strictObject({ delegation: z.string().regex(/^[a-z0-9-]{2,60}$/) });
const statusBody = z.strictObject({ status: z.enum(['read', 'answered']) });

async function messageDelegation(db: D1Database, id: string): Promise<{ delegation_id: string; attachment_key: string | null }> {
  const row = await db
    .prepare('SELECT delegation_id, attachment_key FROM contact_messages WHERE id = ? AND ciphertext IS NOT NULL')
    .bind(id)
    .first<{ delegation_id: string; attachment_key: string | null }>();
  if (!row) throw new ApiError(404, 'message_not_found', 'There is no such message, or it has expired.');
  return row;
}

export const staff = new Hono<StaffEnv>()
  .use(staffOnly)
  .get('/messages', async (c) => {
    const query = delegationQuery.safeParse(c.req.query());
    if (!query.success) throw new ApiError(422, 'invalid_query', 'Give the delegation id: ?delegation=...');
    requireDelegation(c.get('staff'), query.data.delegation);
    const { results } = await c.env.DB.prepare(
      `SELECT id, delegation_id, ciphertext, size_bucket, attachment_key, status, created_day FROM contact_messages
       WHERE delegation_id = ? AND ciphertext IS NOT NULL ORDER BY created_day, id`,
    )
      .bind(query.data.delegation)
      .all<MessageRow>();
    return c.json({
      delegation: query.data.delegation,
      messages: results.map((row) => ({
        id: row.id,
        receivedOn: row.created_day,
        status: row.status,
        sizeBucket: row.size_bucket,
        ciphertext: row.ciphertext,
        attachment: row.attachment_key ? `/api/staff/messages/${row.id}/attachment` : null,
      })),
    });
  })
  .get('/messages/:id/attachment', async (c) => {
    const row = await messageDelegation(c.env.DB, c.req.param('id'));
    requireDelegation(c.get('staff'), row.delegation_id);
    const object = row.attachment_key ? await c.env.ATTACHMENTS.get(row.attachment_key) : null;
    if (!object) throw new ApiError(404, 'attachment_not_found', 'This message has no attachment.');
    return c.body(object.body, 200, {
      'Content-Type': 'application/pgp-encrypted',
      'Content-Disposition': `attachment; filename="${c.req.param('id')}.tar.asc"`,
    });
  })
  .post('/messages/:id/status', async (c) => {
    const row = await messageDelegation(c.env.DB, c.req.param('id'));
    requireDelegation(c.get('staff'), row.delegation_id);
    const { status } = await readJsonBody(c, statusBody);
    await c.env.DB.prepare('UPDATE contact_messages SET status = ? WHERE id = ?').bind(status, c.req.param('id')).run();
    return c.json({ id: c.req.param('id'), status });
  });
