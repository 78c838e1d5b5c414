// The API: one Hono app, one route file per resource, one error handler and one error shape
// { "error": { "code", "message", "fields"? } }, its status and message from the table in refusals.ts.
import { Hono } from 'hono';
import type { ChallengeOffer } from './core/challenge';
import { isRefusal } from './core/errors';
import { REFUSALS } from './refusals';
import { consultations } from './routes/consultations';
import { contact } from './routes/contact';
import type { AppEnv } from './routes/env';
import { health } from './routes/health';
import { receipts } from './routes/receipts';
import { staff } from './routes/staff';
import { staffConsultations } from './routes/staff-consultations';
import { SECURITY_HEADERS } from './server/security-headers';

function errorBody(code: string, message: string, fields?: Readonly<Record<string, string>>, challenge?: ChallengeOffer) {
  return { error: { code, message, ...(fields ? { fields } : {}), ...(challenge ? { challenge } : {}) } };
}

/** The methods some route answers at this path (middleware, registered for every method, aside). */
function methodsAt(routes: readonly { method: string; path: string }[], path: string): string[] {
  const matches = (pattern: string) => new RegExp(`^${pattern.replace(/\/\*$/, '(/.*)?').replace(/:[^/]+/g, '[^/]+')}/?$`).test(path);
  return [...new Set(routes.filter((route) => route.method !== 'ALL' && matches(route.path)).map((route) => route.method))];
}

export function createApp() {
  const app = new Hono<AppEnv>().basePath('/api');
  app.use(async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  });
  app.route('/health', health);
  app.route('/contact', contact);
  app.route('/receipts', receipts);
  app.route('/consultations', consultations);
  app.route('/staff/consultations', staffConsultations);
  app.route('/staff', staff);
  app.notFound((c) => {
    const allowed = methodsAt(app.routes, c.req.path);
    if (allowed.length > 0) {
      const { status, message } = REFUSALS.method_not_allowed;
      return c.json(errorBody('method_not_allowed', message), status, { Allow: allowed.join(', ') });
    }
    return c.json(errorBody('not_found', REFUSALS.not_found.message), 404);
  });
  app.onError((error, c) => {
    if (isRefusal(error)) {
      const { status, message } = REFUSALS[error.code];
      const headers: Record<string, string> =
        error.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(error.retryAfterSeconds) };
      return c.json(errorBody(error.code, error.detail ?? message, error.fields, error.challenge), status, headers);
    }
    console.error('Unhandled API error', error instanceof Error ? error.name : 'unknown');
    return c.json(errorBody('internal_error', 'Something went wrong on our side. Nothing was stored.'), 500);
  });
  return app;
}

export const app = createApp();
