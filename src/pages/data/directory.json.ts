// /data/directory.json: every delegation with its coverage, focal points and key fingerprint.
import type { APIRoute } from 'astro';
import { toJsonFile } from '../../../functions/core/content/open-data';
import { loadOpenData } from '../../lib/load-open-data';

export const GET: APIRoute = async () =>
  new Response(toJsonFile(await loadOpenData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
