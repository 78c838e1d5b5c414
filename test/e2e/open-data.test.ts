import { describe, expect } from 'vitest';
import { accessibilityViolations, baseUrl, it } from '../support/browser';

describe('the open-data page', () => {
  for (const lang of ['en', 'ar']) {
    it(`has no WCAG 2.1 AA violation that axe-core finds on /${lang}/open-data/`, async ({ open }) => {
      const { page } = await open();
      await page.goto(`/${lang}/open-data/`);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }

  it('is linked from the footer of every page', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false });
    for (const [lang, from] of [
      ['en', '/en/'],
      ['ar', '/ar/delegations/russia/'],
    ]) {
      await page.goto(from ?? '/');
      await page.locator('footer.site-footer a[href$="/open-data/"]').click();
      await page.waitForURL(`**/${lang}/open-data/`);
      expect(await page.locator('h1').textContent()).toBeTruthy();
    }
  });

  it('reflows at 320 px, says the contacts are samples, and requests nothing from another origin', async ({ open }) => {
    const { page, requests } = await open({ withoutSiteScripts: true });
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/en/open-data/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await page.locator('main [role="note"]').textContent()).toContain('fictional');
    expect(await page.locator('main').textContent()).toContain('CC BY 4.0');
    expect(requests.filter((url) => new URL(url).origin !== new URL(baseUrl).origin)).toEqual([]);
  });

  it('links files that are served, and the build date matches directory.json', async ({ open }) => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto('/en/open-data/');
    const links = await page
      .locator('main a[href^="/data/"]')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThanOrEqual(6);
    for (const link of links) expect((await fetch(`${baseUrl}${link}`)).status, link).toBe(200);
    const directory = (await (await fetch(`${baseUrl}/data/directory.json`)).json()) as { built: string };
    expect(await page.locator('main time').getAttribute('datetime')).toBe(directory.built);
  });
});

describe('the open-data files', () => {
  it('serve directory.json as JSON', async () => {
    const response = await fetch(`${baseUrl}/data/directory.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    const body = (await response.json()) as { sample: boolean; delegations: unknown[] };
    expect(body.sample).toBe(true);
    expect(body.delegations.length).toBeGreaterThan(100);
  });

  it('serve the CSV, the vCards and the list of keys as text', async () => {
    for (const [path, type] of [
      ['/data/directory.csv', /^text\/csv/],
      ['/data/vcards/russia.vcf', /^text\/(x-)?vcard/],
      ['/data/keys.txt', /^text\/plain/],
    ] as const) {
      const response = await fetch(`${baseUrl}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('Content-Type'), path).toMatch(type);
    }
  });

  it('have no vCard for a delegation without focal points', async () => {
    expect((await fetch(`${baseUrl}/data/vcards/afghanistan.vcf`)).status).toBe(404);
  });
});
