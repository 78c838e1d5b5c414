// The local staff sign-in of `npm start`: every sample desk can be tried, the committed key set is
// public only, its tokens are short-lived, and nothing of it reaches a deployed Worker's settings.
import { readdirSync, readFileSync } from 'node:fs';
import { createLocalJWKSet, type JSONWebKeySet, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { localStaffToken, localStaffVars, sampleDesks, sampleStaffAccess, sampleStaffEmail } from '../support/local-staff';

const root = new URL('../../', import.meta.url);
const desksWithKeys = readdirSync(new URL('content/keys/', root))
  .filter((file) => file.endsWith('.asc'))
  .map((file) => file.replace(/\.asc$/, ''));
const packageJson = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { scripts: Record<string, string> };

describe('the local staff sign-in', () => {
  it('has a sample focal point for every desk that has a key, who may read that desk', () => {
    expect(desksWithKeys.length).toBeGreaterThan(30);
    expect(sampleDesks().sort()).toEqual([...desksWithKeys].sort());
    for (const desk of desksWithKeys) expect(sampleStaffAccess()[sampleStaffEmail(desk)]).toContain(desk);
  });

  it('lets the sample headquarters staff member read consultation input, and no focal point of a delegation', () => {
    const withConsultations = Object.entries(sampleStaffAccess()).filter(([, grants]) => grants.includes('consultations'));
    expect(withConsultations.map(([email]) => email)).toEqual([sampleStaffEmail('headquarters')]);
  });

  it('trusts a key set of public keys only', () => {
    const { keys } = JSON.parse(localStaffVars().ACCESS_JWKS ?? '') as JSONWebKeySet;
    expect(keys.length).toBe(1);
    for (const key of keys) expect(key).not.toHaveProperty('d');
  });

  it('signs tokens that the local key set verifies, for the local audience, valid 8 hours', async () => {
    const vars = localStaffVars();
    const token = await localStaffToken('russia');
    const keys = createLocalJWKSet(JSON.parse(vars.ACCESS_JWKS ?? '') as JSONWebKeySet);
    const { payload } = await jwtVerify(token, keys, { audience: vars.ACCESS_AUD ?? '', issuer: `https://${vars.ACCESS_TEAM_DOMAIN}` });
    expect(payload.email).toBe(sampleStaffEmail('russia'));
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(8 * 3600);
  });

  it('signs nothing for a desk that has no sample focal point', () => {
    expect(() => localStaffToken('atlantis')).toThrow(/no sample staff member/);
  });

  it('is passed to wrangler dev by the serve script only, with a person’s own .dev.vars read last', () => {
    // Node itself reads every --env-file it sees and stops at a missing one, so .dev.vars is passed only when it exists.
    expect(packageJson.scripts.serve).toContain(
      '--env-file test/fixtures/local-staff/access.env $([ -f .dev.vars ] && echo --env-file .dev.vars)',
    );
    const wranglerToml = readFileSync(new URL('wrangler.toml', root), 'utf8');
    expect(wranglerToml).not.toMatch(/ACCESS_JWKS|local-staff/);
    expect(wranglerToml).toMatch(/^ACCESS_AUD = ""$/m);
  });
});
