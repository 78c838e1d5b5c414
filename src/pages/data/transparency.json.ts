// /data/transparency.json: the transparency indicators, per delegation, in total and per region.
import type { APIRoute } from 'astro';
import { toJsonFile } from '../../../functions/core/content/open-data';
import { loadTransparencyOpenData } from '../../lib/load-transparency';

export const GET: APIRoute = async () =>
  new Response(toJsonFile(await loadTransparencyOpenData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
