// Each delegation's public OpenPGP key, at /keys/{delegation}.asc.
import type { APIRoute, GetStaticPaths } from 'astro';
import { armoredDelegationKeys } from '../../../functions/server/content/keys';

export const getStaticPaths = (() =>
  [...armoredDelegationKeys()].map(([id, armored]) => ({ params: { id }, props: { armored } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(String(props.armored), { headers: { 'Content-Type': 'application/pgp-keys; charset=utf-8' } });
