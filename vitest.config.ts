import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { makeAccessKeys } from './test/support/staff-token';

export default defineConfig(async () => {
  const migrations = await readD1Migrations('./functions/migrations');
  // A throwaway signing key stands in for the Cloudflare Access team's keys in Worker tests.
  const access = await makeAccessKeys();
  return {
    test: {
      projects: [
        // Timeouts are sized for a busy 2-core machine: a test that takes 1 s when idle may take 10 s there.
        { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 30_000 } },
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
          test: {
            name: 'workers',
            include: ['test/workers/**/*.test.ts'],
            setupFiles: ['./test/workers/apply-migrations.ts'],
            testTimeout: 60_000,
            hookTimeout: 60_000,
          },
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
