import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { SubmissionInput } from '../../src/lib/consultation-form';
import type { AppEnv } from '../app';
import { ApiError } from '../lib/api-error';
import { acceptContribution, changeContribution, removeContribution, requireCycle } from '../lib/consultation-service';
import { canonicalContribution, contributionBySecret } from '../lib/consultation-store';
import { readJsonBody } from '../lib/json-body';

// A 10 MB PDF is about 13.4 MB in base64.
export const CONSULTATION_BODY_LIMIT = 14 * 1024 * 1024;

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
    throw new ApiError(
      422,
      'invalid_submission',
      'The attachment is not valid base64.',
      {},
      { attachment: 'consultation.error.fileNotPdf' },
    );
  }
}

function toInput(body: z.infer<typeof editBody> & { attachment?: string | undefined }): SubmissionInput {
  return {
    organisation: body.organisation,
    type: body.type,
    country: body.country,
    contactEmail: body.contactEmail ?? '',
    registerId: body.transparencyRegisterId ?? '',
    publication: body.publication,
    answers: body.answers,
    consent: body.consent,
    attachment: body.attachment ? { name: 'attachment.pdf', bytes: base64Bytes(body.attachment) } : undefined,
  };
}

const tooLarge = bodyLimit({
  maxSize: CONSULTATION_BODY_LIMIT,
  onError: () => {
    throw new ApiError(413, 'too_large', 'The contribution is larger than allowed.');
  },
});

export const consultations = new Hono<AppEnv>()
  .post('/:year/submissions', tooLarge, async (c) => {
    const cycle = requireCycle(c.req.param('year'));
    const body = await readJsonBody(c, submissionBody);
    const receipt = await acceptContribution(
      c.env,
      cycle,
      toInput({ ...body, secret: body.idempotencyKey }),
      body.idempotencyKey,
      new Date(),
      c.req.header('CF-Connecting-IP') ?? 'unknown',
    );
    return c.json(
      { id: receipt.id, contentSha256: receipt.contentSha256, secret: receipt.secret, replayed: receipt.replayed },
      receipt.replayed ? 200 : 201,
    );
  })
  .post('/:year/submissions/:id/view', async (c) => {
    const cycle = requireCycle(c.req.param('year'));
    const { secret } = await readJsonBody(c, secretBody);
    const row = await contributionBySecret(c.env.DB, cycle, c.req.param('id'), secret);
    return c.json({ canonical: JSON.parse(canonicalContribution(row)), contentSha256: row.content_sha256, moderation: row.moderation });
  })
  .put('/:year/submissions/:id', async (c) => {
    const cycle = requireCycle(c.req.param('year'));
    const body = await readJsonBody(c, editBody);
    const receipt = await changeContribution(c.env, cycle, c.req.param('id'), body.secret, toInput(body), new Date());
    return c.json({ id: receipt.id, contentSha256: receipt.contentSha256 });
  })
  .post('/:year/submissions/:id/withdraw', async (c) => {
    const cycle = requireCycle(c.req.param('year'));
    const { secret } = await readJsonBody(c, secretBody);
    await removeContribution(c.env, cycle, c.req.param('id'), secret, new Date());
    return c.json({ id: c.req.param('id'), withdrawn: true });
  });
