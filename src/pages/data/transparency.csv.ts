// /data/transparency.csv: one row per delegation with its five indicators (RFC 4180).
import type { APIRoute } from 'astro';
import { transparencyCsv } from '../../../functions/core/content/transparency-open-data';
import { loadTransparencyOpenData } from '../../lib/load-transparency';

export const GET: APIRoute = async () =>
  new Response(transparencyCsv(await loadTransparencyOpenData()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
