// The API: one Hono app, one route file per resource, one error handler, one error shape.
import { Hono } from 'hono';
import { ApiError, errorResponse } from './lib/api-error';
import { SECURITY_HEADERS } from './lib/security-headers';
import { consultations } from './routes/consultations';
import { contact } from './routes/contact';
import { health } from './routes/health';
import { receipts } from './routes/receipts';
import { staff } from './routes/staff';
import { staffConsultations } from './routes/staff-consultations';

export interface AppEnv {
  Bindings: Env;
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
  app.notFound((c) => errorResponse(c, 404, 'not_found', 'There is no API endpoint at this path.'));
  app.onError((error, c) => {
    if (error instanceof ApiError) return errorResponse(c, error.status, error.code, error.message, error.headers, error.fields);
    console.error('Unhandled API error', error instanceof Error ? error.name : 'unknown');
    return errorResponse(c, 500, 'internal_error', 'Something went wrong on our side. Nothing was stored.');
  });
  return app;
}

export const app = createApp();
