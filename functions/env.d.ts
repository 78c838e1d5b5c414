// Secrets and local-only settings that `wrangler types` cannot see in wrangler.toml.
interface __BaseEnv_Env {
  /** A JSON Web Key Set used instead of the Access team's keys, for tests and local runs only. */
  ACCESS_JWKS?: string;
}
