// Cloudflare Access JWTs for tests, signed with the throwaway key whose public half is ACCESS_JWKS.
import { env } from 'cloudflare:workers';
import { importJWK, SignJWT } from 'jose';

export async function accessToken(email: string, { audience = 'test-audience', expiresIn = '5m' } = {}): Promise<string> {
  const key = await importJWK(JSON.parse(env.TEST_ACCESS_PRIVATE_JWK), 'ES256');
  return new SignJWT({ email })
    .setProtectedHeader({ alg: 'ES256', kid: 'test' })
    .setIssuer(`https://${env.ACCESS_TEAM_DOMAIN}`)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key);
}
