// Global setup for browser tests: one `wrangler dev` on the built site for all of them.
import type { TestProject } from 'vitest/node';
import { startSite } from '../support/site-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const site = await startSite(8799);
  project.provide('baseUrl', site.baseUrl);
  return () => site.stop();
}
