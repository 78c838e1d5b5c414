// Secrets and local-only settings that `wrangler types` cannot see in wrangler.toml.
interface __BaseEnv_Env {
  /** A JSON Web Key Set used instead of the Access team's keys, for tests and local runs only. */
  ACCESS_JWKS?: string;
  /** Attempts per client per hour to view, change or withdraw a consultation contribution (10); not in wrangler.toml yet. */
  CONSULTATION_SECRET_RATE_LIMIT?: string;
}
