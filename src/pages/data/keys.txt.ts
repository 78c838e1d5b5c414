// /data/keys.txt: the fingerprint and address of every delegation's key, to compare before use.
import type { APIRoute } from 'astro';
import { keyListText } from '../../../functions/core/content/key-list';
import { loadOpenData } from '../../lib/load-open-data';

export const GET: APIRoute = async () =>
  new Response(keyListText(await loadOpenData()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
