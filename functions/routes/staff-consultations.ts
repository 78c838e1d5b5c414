import { Hono } from 'hono';
import { z } from 'zod';
import { consultationStats } from '../../src/lib/consultation-stats';
import { ApiError } from '../lib/api-error';
import { type Cycle, findCycle } from '../lib/consultation-cycles';
import { contributionRows, staffCsv, toStaff } from '../lib/consultation-data';
import { readJsonBody } from '../lib/json-body';
import { requireDelegation, type StaffEnv, staffOnly } from '../lib/staff-auth';

// Consultation input is read by staff granted "consultations" (or "*") in STAFF_ACCESS.
const CONSULTATION_SCOPE = 'consultations';
const moderationBody = z.strictObject({ decision: z.enum(['approved', 'refused']) });

export const staffConsultations = new Hono<StaffEnv & { Variables: { cycle: Cycle } }>()
  .use(staffOnly)
  .use('/:year/*', async (c, next) => {
    requireDelegation(c.get('staff'), CONSULTATION_SCOPE);
    const cycle = findCycle(c.req.param('year'));
    if (!cycle) throw new ApiError(404, 'consultation_not_found', 'There is no consultation for this year.');
    c.set('cycle', cycle);
    await next();
  })
  .get('/:year/submissions', async (c) => c.json({ contributions: (await contributionRows(c.env.DB, c.get('cycle'))).map(toStaff) }))
  .get('/:year/export.json', async (c) => {
    const contributions = (await contributionRows(c.env.DB, c.get('cycle'))).map(toStaff);
    return c.json(contributions, 200, { 'Content-Disposition': `attachment; filename="consultation-${c.get('cycle').year}.json"` });
  })
  .get('/:year/export.csv', async (c) => {
    const contributions = (await contributionRows(c.env.DB, c.get('cycle'))).map(toStaff);
    return c.body(staffCsv(c.get('cycle'), contributions), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="consultation-${c.get('cycle').year}.csv"`,
    });
  })
  .get('/:year/stats', async (c) => {
    const contributions = (await contributionRows(c.env.DB, c.get('cycle'))).map(toStaff);
    return c.json(consultationStats(contributions, c.get('cycle').questions));
  })
  .post('/:year/submissions/:id/moderation', async (c) => {
    const { decision } = await readJsonBody(c, moderationBody);
    const result = await c.env.DB.prepare(
      "UPDATE consultation_submissions SET moderation = ? WHERE id = ? AND cycle = ? AND publication != 'confidential'",
    )
      .bind(decision, c.req.param('id'), c.get('cycle').year)
      .run();
    if (!result.meta.changes) throw new ApiError(404, 'contribution_not_found', 'There is no publishable contribution with this ID.');
    return c.json({ id: c.req.param('id'), moderation: decision });
  });
