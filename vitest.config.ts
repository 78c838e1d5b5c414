import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { exportJWK, generateKeyPair } from 'jose';
import { defineConfig } from 'vitest/config';

// A throwaway signing key stands in for the Cloudflare Access team's keys in Worker tests.
async function testAccessKeys() {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  return {
    jwks: JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'test', alg: 'ES256' }] }),
    privateJwk: JSON.stringify(await exportJWK(privateKey)),
  };
}

export default defineConfig(async () => {
  const migrations = await readD1Migrations('./functions/migrations');
  const access = await testAccessKeys();
  return {
    test: {
      projects: [
        { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
        {
          plugins: [
            cloudflareTest({
              main: './test/workers/test-worker.ts',
              wrangler: { configPath: './wrangler.toml' },
              miniflare: {
                bindings: {
                  TEST_MIGRATIONS: migrations,
                  TEST_ACCESS_PRIVATE_JWK: access.privateJwk,
                  ACCESS_JWKS: access.jwks,
                  ACCESS_AUD: 'test-audience',
                  STAFF_ACCESS: JSON.stringify({
                    'russia.desk@eeas.example': ['russia'],
                    'peru.desk@eeas.example': ['peru'],
                    'hrd.desk@eeas.example': ['headquarters'],
                    'hq@eeas.example': ['*'],
                  }),
                  // `npm run bench` sets it, so that the Worker tests that measure the cron print their figures.
                  BENCH_FIGURES: process.env.BENCH_FIGURES ?? '',
                },
              },
            }),
          ],
          test: { name: 'workers', include: ['test/workers/**/*.test.ts'], setupFiles: ['./test/workers/apply-migrations.ts'] },
        },
        // Browser tests against the built site in dist/ (`npm run test:e2e` builds it first), served by
        // test/e2e/server.ts on port E2E_PORT (8799 unless set); the fixtures are in test/support/browser.ts.
        {
          test: {
            name: 'e2e',
            include: ['test/e2e/**/*.test.ts'],
            globalSetup: ['./test/e2e/server.ts'],
            testTimeout: 60_000,
            hookTimeout: 60_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
