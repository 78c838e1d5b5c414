// Access tokens inside workerd, signed with the key whose public half the test Worker trusts.
import { env } from 'cloudflare:workers';
import { signStaffToken, type TokenClaims } from '../support/staff-token';

type Options = Partial<Pick<TokenClaims, 'audience' | 'expiresIn' | 'issuedAt'>>;

export function accessToken(email: string, { audience = 'test-audience', expiresIn = '5m', issuedAt }: Options = {}): Promise<string> {
  return signStaffToken(env.TEST_ACCESS_PRIVATE_JWK, {
    email,
    audience,
    teamDomain: env.ACCESS_TEAM_DOMAIN,
    expiresIn,
    ...(issuedAt ? { issuedAt } : {}),
  });
}
