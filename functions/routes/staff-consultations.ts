import { Hono } from 'hono';
import { z } from 'zod';
import type { Cycle } from '../core/consultation/cycles';
import { consultationStats } from '../core/consultation/stats';
import { staffContributions, staffCsv } from '../server/consultation-publishing';
import { contributionAttachment, moderate, staffCycle } from '../server/staff-consultations';
import { limitBody, SMALL_BODY_LIMIT } from './body-limit';
import type { StaffEnv } from './env';
import { staffOnly } from './staff-only';
import { jsonBody } from './validate';

const moderationBody = z.strictObject({ decision: z.enum(['approved', 'refused']) });
const attachmentName = (cycle: Cycle, extension: string) => `attachment; filename="consultation-${cycle.year}.${extension}"`;

export const staffConsultations = new Hono<StaffEnv & { Variables: { cycle: Cycle } }>()
  .use(staffOnly)
  .use('/:year/*', async (c, next) => {
    c.set('cycle', staffCycle(c.get('staff'), c.req.param('year')));
    await next();
  })
  .get('/:year/submissions', async (c) => c.json({ contributions: await staffContributions(c.env.DB, c.get('cycle')) }))
  .get('/:year/export.json', async (c) =>
    c.json(await staffContributions(c.env.DB, c.get('cycle')), 200, { 'Content-Disposition': attachmentName(c.get('cycle'), 'json') }),
  )
  .get('/:year/export.csv', async (c) => {
    const contributions = await staffContributions(c.env.DB, c.get('cycle'));
    return c.body(staffCsv(c.get('cycle'), contributions), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': attachmentName(c.get('cycle'), 'csv'),
    });
  })
  .get('/:year/stats', async (c) => c.json(consultationStats(await staffContributions(c.env.DB, c.get('cycle')), c.get('cycle').questions)))
  .get('/:year/submissions/:id/attachment', async (c) => {
    const object = await contributionAttachment(c.env, c.get('cycle'), c.req.param('id'));
    return c.body(object.body, 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="contribution-${c.req.param('id')}.pdf"`,
    });
  })
  .post('/:year/submissions/:id/moderation', limitBody(SMALL_BODY_LIMIT), jsonBody(moderationBody), async (c) => {
    const { decision } = c.req.valid('json');
    await moderate(c.env, c.get('cycle'), c.req.param('id'), decision);
    return c.json({ id: c.req.param('id'), moderation: decision });
  });
