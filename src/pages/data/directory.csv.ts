// /data/directory.csv: the directory as one table, a row per delegation and focal point (RFC 4180).
import type { APIRoute } from 'astro';
import { directoryCsv } from '../../../functions/core/content/open-data';
import { loadOpenData } from '../../lib/load-open-data';

export const GET: APIRoute = async () =>
  new Response(directoryCsv(await loadOpenData()), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
