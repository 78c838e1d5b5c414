// Staff are authenticated by the Cloudflare Access JWT in front of the Worker (signature against
// the team's JWKS, audience, issuer, a required expiry and an issue time not in the future, checked
// by jose) and authorised per delegation by STAFF_ACCESS, a JSON map from e-mail to delegation ids
// ("*" for all). Tests and local runs put a local JWKS in ACCESS_JWKS instead of fetching the team's;
// it is refused unless the request reached the Worker on a loopback address, so a deploy that kept it
// by mistake fails closed.

import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { Refusal } from '../core/errors';

export interface StaffMember {
  email: string;
  mayRead(delegationId: string): boolean;
}

let remoteKeys: { url: string; keys: JWTVerifyGetKey } | undefined;

const CLOCK_TOLERANCE_SECONDS = 60;

/** Whether the request reached this Worker locally (wrangler dev, tests), never true on Cloudflare's network. */
export function isLocalRequest(url: string): boolean {
  const { hostname } = new URL(url);
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

function keySet(env: Env, requestUrl: string): JWTVerifyGetKey {
  if (env.ACCESS_JWKS) {
    if (!isLocalRequest(requestUrl))
      throw new Refusal('unauthenticated', { message: 'A local key set is configured outside a local run.' });
    return createLocalJWKSet(JSON.parse(env.ACCESS_JWKS) as JSONWebKeySet);
  }
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
export async function authenticateStaff(env: Env, token: string | undefined, requestUrl: string): Promise<StaffMember> {
  if (!token) throw new Refusal('unauthenticated');
  if (!env.ACCESS_AUD) throw new Refusal('unauthenticated');
  const keys = keySet(env, requestUrl);
  let email: unknown;
  try {
    const { payload } = await jwtVerify(token, keys, {
      audience: env.ACCESS_AUD,
      issuer: `https://${env.ACCESS_TEAM_DOMAIN}`,
      requiredClaims: ['exp', 'iat'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    });
    if ((payload.iat ?? 0) > Date.now() / 1000 + CLOCK_TOLERANCE_SECONDS) throw new Error('issued in the future');
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
