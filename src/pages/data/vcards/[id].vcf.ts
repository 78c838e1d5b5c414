// /data/vcards/{id}.vcf: one vCard per focal point. A delegation without a focal point has no file:
// an empty card would only look like a contact.
import type { APIRoute, GetStaticPaths } from 'astro';
import { delegationVCards } from '../../../../functions/core/content/vcard';
import { loadOpenData } from '../../../lib/load-open-data';

export const getStaticPaths = (async () =>
  (await loadOpenData()).delegations
    .filter((delegation) => delegation.focal_points.length > 0)
    .map((delegation) => ({ params: { id: delegation.id }, props: { cards: delegationVCards(delegation) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(String(props.cards), { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
