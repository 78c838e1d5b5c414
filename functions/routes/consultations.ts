import { Hono } from 'hono';
import { z } from 'zod';
import type { Cycle } from '../core/consultation/cycles';
import { CONSULTATION_BODY_LIMIT } from '../core/consultation/limits';
import type { SubmissionInput } from '../core/consultation/validation';
import { Refusal } from '../core/errors';
import { acceptContribution, changeContribution, removeContribution, requireCycle, viewContribution } from '../server/consultation-service';
import { limitBody, SMALL_BODY_LIMIT } from './body-limit';
import { clientAddress } from './client-address';
import type { AppEnv } from './env';
import { jsonBody } from './validate';

const fields = {
  organisation: z.string().max(2000),
  type: z.string().max(40),
  country: z.string().max(8),
  contactEmail: z.string().max(320).optional(),
  transparencyRegisterId: z.string().max(60).optional(),
  publication: z.string().max(40),
  answers: z.record(z.string().max(80), z.string().max(200_000)),
  consent: z.boolean(),
};
const submissionBody = z.strictObject({
  idempotencyKey: z.string().min(1).max(64),
  ...fields,
  attachment: z.string().max(CONSULTATION_BODY_LIMIT).optional(),
});
const editBody = z.strictObject({ secret: z.string().min(1).max(64), ...fields });
const secretBody = z.strictObject({ secret: z.string().min(1).max(64) });

function base64Bytes(data: string): Uint8Array {
  try {
    return Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
  } catch {
    throw new Refusal('invalid_submission', {
      fields: { attachment: 'consultation.error.fileNotPdf' },
      message: 'The attachment is not valid base64.',
    });
  }
}

type Fields = z.infer<z.ZodObject<typeof fields>>;

function toInput(body: Fields & { attachment?: string | undefined }): SubmissionInput {
  return {
    organisation: body.organisation,
    type: body.type,
    country: body.country,
    contactEmail: body.contactEmail ?? '',
    transparencyRegisterId: body.transparencyRegisterId ?? '',
    publication: body.publication,
    answers: body.answers,
    consent: body.consent,
    attachment: body.attachment ? { name: 'attachment.pdf', bytes: base64Bytes(body.attachment) } : undefined,
  };
}

export const consultations = new Hono<AppEnv & { Variables: { cycle: Cycle } }>()
  // The year is checked before the body, so an unknown year is a 404 whatever the body.
  .use('/:year/*', async (c, next) => {
    c.set('cycle', requireCycle(c.req.param('year')));
    await next();
  })
  .post('/:year/submissions', limitBody(CONSULTATION_BODY_LIMIT), jsonBody(submissionBody), async (c) => {
    const cycle = c.get('cycle');
    const body = c.req.valid('json');
    const receipt = await acceptContribution(c.env, cycle, toInput(body), body.idempotencyKey, new Date(), clientAddress(c));
    return c.json(
      { id: receipt.id, contentSha256: receipt.contentSha256, secret: receipt.secret, replayed: receipt.replayed },
      receipt.replayed ? 200 : 201,
    );
  })
  .post('/:year/submissions/:id/view', limitBody(SMALL_BODY_LIMIT), jsonBody(secretBody), async (c) => {
    const cycle = c.get('cycle');
    const { secret } = c.req.valid('json');
    return c.json(await viewContribution(c.env, cycle, c.req.param('id'), secret, new Date(), clientAddress(c)));
  })
  .put('/:year/submissions/:id', limitBody(CONSULTATION_BODY_LIMIT), jsonBody(editBody), async (c) => {
    const cycle = c.get('cycle');
    const body = c.req.valid('json');
    const receipt = await changeContribution(c.env, cycle, c.req.param('id'), body.secret, toInput(body), new Date(), clientAddress(c));
    return c.json({ id: receipt.id, contentSha256: receipt.contentSha256 });
  })
  .post('/:year/submissions/:id/withdraw', limitBody(SMALL_BODY_LIMIT), jsonBody(secretBody), async (c) => {
    const cycle = c.get('cycle');
    const { secret } = c.req.valid('json');
    await removeContribution(c.env, cycle, c.req.param('id'), secret, new Date(), clientAddress(c));
    return c.json({ id: c.req.param('id'), withdrawn: true });
  });
