// Cloudflare Access JWTs for tests, signed with the throwaway key whose public half is ACCESS_JWKS.
// `expiresIn: null` leaves out the expiry; `issuedAt` sets the issue time (seconds since 1970).
import { env } from 'cloudflare:workers';
import { importJWK, SignJWT } from 'jose';

interface TokenOptions {
  audience?: string;
  expiresIn?: string | null;
  issuedAt?: number;
}

export async function accessToken(
  email: string,
  { audience = 'test-audience', expiresIn = '5m', issuedAt }: TokenOptions = {},
): Promise<string> {
  const key = await importJWK(JSON.parse(env.TEST_ACCESS_PRIVATE_JWK), 'ES256');
  const token = new SignJWT({ email })
    .setProtectedHeader({ alg: 'ES256', kid: 'test' })
    .setIssuer(`https://${env.ACCESS_TEAM_DOMAIN}`)
    .setAudience(audience)
    .setIssuedAt(issuedAt);
  if (expiresIn !== null) token.setExpirationTime(expiresIn);
  return token.sign(key);
}
