declare namespace Cloudflare {
  interface Env {
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
    TEST_ACCESS_PRIVATE_JWK: string;
    BENCH_FIGURES: string;
  }
}

declare module '*.asc?raw' {
  const text: string;
  export default text;
}
