// Staff are authenticated by the Cloudflare Access JWT in front of the Worker (signature against
// the team's JWKS, audience, issuer and expiry checked by jose) and authorised per delegation by
// STAFF_ACCESS, a JSON map from e-mail to delegation ids ("*" for all). Tests and local runs put a
// local JWKS in ACCESS_JWKS instead of fetching the team's.

import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { Refusal } from '../core/errors';

export interface StaffMember {
  email: string;
  mayRead(delegationId: string): boolean;
}

let remoteKeys: { url: string; keys: JWTVerifyGetKey } | undefined;

function keySet(env: Env): JWTVerifyGetKey {
  if (env.ACCESS_JWKS) return createLocalJWKSet(JSON.parse(env.ACCESS_JWKS) as JSONWebKeySet);
  const url = `https://${env.ACCESS_TEAM_DOMAIN}/cdn-cgi/access/certs`;
  if (remoteKeys?.url !== url) remoteKeys = { url, keys: createRemoteJWKSet(new URL(url)) };
  return remoteKeys.keys;
}

function delegationsOf(env: Env, email: string): string[] {
  try {
    const access = JSON.parse(env.STAFF_ACCESS || '{}') as Record<string, unknown>;
    const granted = access[email.toLowerCase()];
    return Array.isArray(granted) ? granted.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** Checks the Access JWT (the `Cf-Access-Jwt-Assertion` header's value) and says what its holder may read. */
export async function authenticateStaff(env: Env, token: string | undefined): Promise<StaffMember> {
  if (!token) throw new Refusal('unauthenticated');
  if (!env.ACCESS_AUD) throw new Refusal('unauthenticated');
  let email: unknown;
  try {
    const { payload } = await jwtVerify(token, keySet(env), { audience: env.ACCESS_AUD, issuer: `https://${env.ACCESS_TEAM_DOMAIN}` });
    email = payload.email;
  } catch {
    throw new Refusal('unauthenticated');
  }
  if (typeof email !== 'string') throw new Refusal('unauthenticated');
  const delegations = delegationsOf(env, email);
  return { email, mayRead: (delegationId) => delegations.includes('*') || delegations.includes(delegationId) };
}

export function requireDelegation(staff: StaffMember, delegationId: string): void {
  if (!staff.mayRead(delegationId)) throw new Refusal('forbidden');
}
