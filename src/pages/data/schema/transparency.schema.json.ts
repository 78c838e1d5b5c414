// /data/schema/transparency.schema.json, generated from the zod schema the file is built against.
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { toJsonFile } from '../../../../functions/core/content/open-data';
import { openTransparencySchema } from '../../../../functions/core/content/transparency-open-data';

export const GET: APIRoute = () =>
  new Response(toJsonFile(z.toJSONSchema(openTransparencySchema)), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
