// /data/delegations/{id}.json: one delegation, the same object as in directory.json.
import type { APIRoute, GetStaticPaths } from 'astro';
import { toJsonFile } from '../../../../functions/core/content/open-data';
import { loadOpenData } from '../../../lib/load-open-data';

export const getStaticPaths = (async () =>
  (await loadOpenData()).delegations.map((delegation) => ({
    params: { id: delegation.id },
    props: { delegation },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(toJsonFile(props.delegation), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
