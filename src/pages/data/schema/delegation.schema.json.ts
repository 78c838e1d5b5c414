// /data/schema/delegation.schema.json, generated from the zod schema the files are built against.
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { openDelegationSchema, toJsonFile } from '../../../../functions/core/content/open-data';

export const GET: APIRoute = () =>
  new Response(toJsonFile(z.toJSONSchema(openDelegationSchema)), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
