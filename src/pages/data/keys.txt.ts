// /data/keys.txt: the fingerprint and address of every delegation's key, and of the headquarters
// desk's, to compare before use.
import type { APIRoute } from 'astro';
import { HEADQUARTERS_DESK } from '../../../functions/core/content/desk-schemas';
import { keyListText } from '../../../functions/core/content/key-list';
import { delegationKey } from '../../../functions/server/content/keys';
import { loadOpenData } from '../../lib/load-open-data';

export const GET: APIRoute = async ({ site }) => {
  const desk = await delegationKey(HEADQUARTERS_DESK);
  const desks = desk
    ? [
        {
          id: HEADQUARTERS_DESK,
          key: { fingerprint: desk.getFingerprint().toUpperCase(), url: new URL(`/keys/${HEADQUARTERS_DESK}.asc`, site).href },
        },
      ]
    : [];
  return new Response(keyListText(await loadOpenData(), desks), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
