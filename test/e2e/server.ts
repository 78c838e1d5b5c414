// Global setup for browser tests: one `wrangler dev` on the built site for all of them, on port
// E2E_PORT (8799 unless set, so that two runs on one machine can each have their own server), which
// trusts the local staff sign-in that `npm start` trusts.
import type { TestProject } from 'vitest/node';
import { localStaffVars } from '../support/local-staff';
import { startSite } from '../support/site-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    statePath: string;
  }
}

const DEFAULT_E2E_PORT = 8799;

function e2ePort(): number {
  const value = process.env.E2E_PORT?.trim() || String(DEFAULT_E2E_PORT);
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error(`E2E_PORT must be a TCP port number, not "${value}"`);
  return port;
}

export default async function setup(project: TestProject) {
  const port = e2ePort();
  // Staff sign in as the local trial does (npm run staff:sign-in), with the committed sample key set.
  const site = await startSite(port, localStaffVars()).catch((error: unknown) => {
    throw new Error(`the e2e server could not start on port ${port} (set E2E_PORT to use another)`, { cause: error });
  });
  project.provide('baseUrl', site.baseUrl);
  project.provide('statePath', site.statePath);
  return () => site.stop();
}
