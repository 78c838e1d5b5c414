// Secrets and local-only settings that `wrangler types` cannot see in wrangler.toml.
interface __BaseEnv_Env {
  /** A JSON Web Key Set used instead of the Access team's keys, for tests and local runs only. */
  ACCESS_JWKS?: string;
  /** Days after a consultation closes until contact e-mails are deleted (183 unless set). */
  CONSULTATION_EMAIL_RETENTION_DAYS?: string;
  /** Days after a consultation closes until contributions and documents are deleted (730 unless set). */
  CONSULTATION_RETENTION_DAYS?: string;
  /** Attempts per client per hour to view, change or withdraw a consultation contribution (10). */
  CONSULTATION_SECRET_RATE_LIMIT?: string;
  /** Wrong receipt codes or passphrases per client per hour before conversations stop opening for the hour (10). */
  CONVERSATION_FAILURE_RATE_LIMIT?: string;
}

// A WebAssembly module compiled by the bundler (wrangler's and the Cloudflare Vite plugin's `?module` imports).
declare module '*.wasm?module' {
  const module: WebAssembly.Module;
  export default module;
}
