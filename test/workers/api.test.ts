import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const origin = 'http://127.0.0.1';

function api(path: string, init?: RequestInit) {
  return exports.default.fetch(new Request(`${origin}${path}`, init));
}

describe('GET /api/health', () => {
  it('reports that D1 is reachable, as JSON', async () => {
    const response = await api('/api/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    const body = await response.json<{ status: string; d1: { reachable: boolean; migrationsApplied: number } }>();
    expect(body.status).toBe('ok');
    expect(body.d1.reachable).toBe(true);
    expect(body.d1.migrationsApplied).toBeGreaterThanOrEqual(0);
  });
});

describe('unknown API paths', () => {
  it('answers 404 with the JSON error shape', async () => {
    const response = await api('/api/no-such-thing');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'not_found', message: expect.any(String) },
    });
  });

  it('answers a wrong method on a known path with 405, the methods it allows, and the same shape', async () => {
    const response = await api('/api/health', { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET');
    const body = await response.json<{ error: { code: string } }>();
    expect(body.error.code).toBe('method_not_allowed');
    const withParameter = await api('/api/contact/russia', { method: 'GET' });
    expect(withParameter.status).toBe(405);
    expect(withParameter.headers.get('Allow')).toBe('POST');
  });

  it('answers PUT and DELETE on site pages with 405', async () => {
    for (const method of ['PUT', 'DELETE']) {
      const response = await api('/en/', { method });
      expect(response.status).toBe(405);
      expect(response.headers.get('Allow')).toBe('GET, HEAD, POST');
    }
  });
});

describe('security headers on API responses', () => {
  it('carries a strict policy, no referrer, nosniff, no framing, HSTS and no-store', async () => {
    const response = await api('/api/health');
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Permissions-Policy')).toContain('geolocation=()');
    expect(response.headers.get('Strict-Transport-Security')).toContain('max-age=');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(response.headers.get('Set-Cookie')).toBeNull();
  });
});

describe('security headers on site responses', () => {
  it('are added to pages served outside the API too', async () => {
    const response = await api('/en/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(response.headers.get('X-Frame-Options')).toBe('DENY');
  });
});

describe('body limits on the bytes actually read', () => {
  it('refuse a chunked body without Content-Length that is larger than the route accepts', async () => {
    const chunk = new TextEncoder().encode(`{"code":"${'A'.repeat(40_000)}"}`);
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(chunk);
        controller.close();
      },
    });
    const response = await api('/api/receipts/status', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: stream,
      // @ts-expect-error: Node and workerd need this for a streamed request body.
      duplex: 'half',
    });
    expect(response.status).toBe(413);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe('too_large');
  });
});
