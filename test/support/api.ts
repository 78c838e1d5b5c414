// Requests to the portal's API from outside a browser: JSON bodies as the site's scripts send them,
// and Cloudflare Access tokens for the staff endpoints of a local server.
import { makeAccessKeys, signStaffToken } from './staff-token.ts';

/** A POST of `body` as JSON. */
export function jsonPost(body: unknown): RequestInit {
  return { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

export interface StaffAccessOptions {
  email: string;
  /** Delegation ids this staff member may read, `consultations`, or `*` for all. */
  scopes: string[];
  audience: string;
  teamDomain: string;
}

export interface StaffAccess {
  /** `wrangler dev` vars that make the server trust `token`: ACCESS_JWKS, ACCESS_AUD, ACCESS_TEAM_DOMAIN, STAFF_ACCESS. */
  vars: Record<string, string>;
  /** A Cloudflare Access JWT for the staff member, valid for an hour. */
  token: string;
}

/** A throwaway Access signing key for a local server, and a token signed with it for one staff member. */
export async function staffAccess({ email, scopes, audience, teamDomain }: StaffAccessOptions): Promise<StaffAccess> {
  const keys = await makeAccessKeys();
  const token = await signStaffToken(keys.privateJwk, { email, audience, teamDomain });
  return {
    token,
    vars: {
      ACCESS_JWKS: keys.jwks,
      ACCESS_AUD: audience,
      ACCESS_TEAM_DOMAIN: teamDomain,
      STAFF_ACCESS: JSON.stringify({ [email]: scopes }),
    },
  };
}

/** The header Cloudflare Access adds to a staff member's requests. */
export function staffHeaders(token: string): Record<string, string> {
  return { 'Cf-Access-Jwt-Assertion': token };
}
