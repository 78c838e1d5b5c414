// The local stand-in for Cloudflare Access that `npm start` (through `wrangler dev --env-file`), the
// browser tests and `npm run staff:sign-in` share: a committed, fictional key set and one sample focal
// point per desk (test/fixtures/local-staff/). The Worker trusts that key set only for requests that
// reached it on a loopback address (functions/server/staff-auth.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';
import { signStaffToken } from './staff-token.ts';

const FIXTURES = new URL('../fixtures/local-staff/', import.meta.url);

/** The file `wrangler dev --env-file` reads in the serve script. */
export const LOCAL_STAFF_ENV_FILE = fileURLToPath(new URL('access.env', FIXTURES));

/** ACCESS_TEAM_DOMAIN, ACCESS_AUD, ACCESS_JWKS and STAFF_ACCESS for a local server. */
export function localStaffVars(): Record<string, string> {
  const parsed = parseEnv(readFileSync(LOCAL_STAFF_ENV_FILE, 'utf8'));
  return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** The fictional sample staff member who reads this desk. */
export function sampleStaffEmail(desk: string): string {
  return `focal-point.${desk}@staff.eeas.example`;
}

/** What each sample staff member may read, by e-mail. */
export function sampleStaffAccess(): Record<string, string[]> {
  return JSON.parse(localStaffVars().STAFF_ACCESS ?? '{}') as Record<string, string[]>;
}

/** The desks that have a sample staff member. */
export function sampleDesks(): string[] {
  return Object.keys(sampleStaffAccess()).flatMap((email) => /^focal-point\.([a-z0-9-]+)@/.exec(email)?.[1] ?? []);
}

/** A token that a local server accepts for the sample staff member of this desk. */
export function localStaffToken(desk: string, expiresIn = '8h'): Promise<string> {
  const vars = localStaffVars();
  if (!sampleStaffAccess()[sampleStaffEmail(desk)]) throw new Error(`no sample staff member reads the desk "${desk}"`);
  return signStaffToken(readFileSync(new URL('signing-key.jwk.json', FIXTURES), 'utf8'), {
    email: sampleStaffEmail(desk),
    audience: vars.ACCESS_AUD ?? '',
    teamDomain: vars.ACCESS_TEAM_DOMAIN ?? '',
    expiresIn,
  });
}
