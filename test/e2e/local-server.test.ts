// `npm start` makes the same promises as production: its `wrangler dev` keeps no local trace of the
// URLs it served (finder queries included) and serves no data explorer over D1 and R2.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SiteServer, startSite } from '../support/site-server';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
const QUERY = 'Rossiya-local-trace-probe';
let site: SiteServer;

beforeAll(async () => {
  // One port above the browser tests' server, so both can run at once.
  site = await startSite(Number(process.env.E2E_PORT ?? 8799) + 1);
}, 90_000);
afterAll(() => site?.stop());

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the local server that npm start runs', () => {
  it('runs wrangler through the offline environment, which turns off the trace and the explorer', () => {
    expect(packageJson.scripts.start).toContain('npm run serve');
    expect(packageJson.scripts.serve).toMatch(/^scripts\/offline-env\.sh wrangler dev /);
    const environment = readFileSync(new URL('../../scripts/offline-env.sh', import.meta.url), 'utf8');
    expect(environment).toContain('X_LOCAL_OBSERVABILITY=false');
    expect(environment).toContain('X_LOCAL_EXPLORER=false');
  });

  it('serves no data explorer over D1 and R2', async () => {
    const response = await fetch(`${site.baseUrl}/cdn-cgi/explorer/`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/d1|r2|explorer/i);
  });

  it('keeps no trace of the URLs it served, finder queries included', async () => {
    const finder = await fetch(`${site.baseUrl}/en/find/?q=${QUERY}`, { redirect: 'manual' });
    expect(finder.status).toBe(200);
    expect(
      readdirSync(site.statePath, { recursive: true })
        .map(String)
        .some((path) => path.includes('observability')),
    ).toBe(false);
    for (const file of filesUnder(site.statePath)) expect(readFileSync(file).includes(QUERY), file).toBe(false);
  });

  it('answers a finder redirect with no-store, so no cache keeps the query', async () => {
    const redirect = await fetch(`${site.baseUrl}/en/find/?q=Honduras`, { redirect: 'manual' });
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get('Cache-Control')).toBe('no-store');
  });
});
