// Open data of a consultation's published contributions: /data/consultations/{year}.json and .csv.
// Only approved contributions whose authors chose publication; never contact e-mails.
import type { APIRoute } from 'astro';
import { publicCsv, publishedContributions } from '../../../../functions/server/consultation-publishing';
import { findCycle } from '../../../../functions/server/content/consultations';
import { workerEnv } from '../../../../functions/server/worker-env';

export const prerender = false;

export const GET: APIRoute = async ({ params }) => {
  const match = /^(\d{4})\.(json|csv)$/.exec(params.file ?? '');
  const cycle = match?.[1] ? findCycle(match[1]) : undefined;
  if (!match || !cycle) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const contributions = await publishedContributions(workerEnv().DB, cycle);
  const headers = { 'Cache-Control': 'public, max-age=300', 'Access-Control-Allow-Origin': '*' };
  if (match[2] === 'csv')
    return new Response(publicCsv(cycle, contributions), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } });
  return new Response(JSON.stringify({ cycle: cycle.year, contributions }, null, 2), {
    headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
  });
};
