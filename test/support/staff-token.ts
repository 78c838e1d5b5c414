// The one way tests make Cloudflare Access credentials: a throwaway ES256 key set that a local Worker
// trusts (ACCESS_JWKS), and staff tokens signed with it. Used by the Worker tests, the benchmark and
// the vitest configuration alike; jose runs in Node and in workerd.
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';

const KID = 'test';

export interface AccessKeys {
  /** The public key set, as ACCESS_JWKS takes it. */
  jwks: string;
  /** The private key, as a JWK string, to sign tokens with (its `kid`, if any, names it in the token). */
  privateJwk: string;
}

export async function makeAccessKeys(): Promise<AccessKeys> {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  return {
    jwks: JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: KID, alg: 'ES256' }] }),
    privateJwk: JSON.stringify(await exportJWK(privateKey)),
  };
}

export interface TokenClaims {
  email: string;
  audience: string;
  teamDomain: string;
  /** A jose time span such as '5m'; null leaves the expiry out. */
  expiresIn?: string | null;
  /** Seconds since 1970; now unless given. */
  issuedAt?: number;
}

export async function signStaffToken(
  privateJwk: string,
  { email, audience, teamDomain, expiresIn = '1h', issuedAt }: TokenClaims,
): Promise<string> {
  const jwk = JSON.parse(privateJwk) as JWK;
  const key = await importJWK(jwk, 'ES256');
  const token = new SignJWT({ email })
    .setProtectedHeader({ alg: 'ES256', kid: jwk.kid ?? KID })
    .setIssuer(`https://${teamDomain}`)
    .setAudience(audience)
    .setIssuedAt(issuedAt);
  if (expiresIn !== null) token.setExpirationTime(expiresIn);
  return token.sign(key);
}
