// Middleware for staff routes: authenticates the Cloudflare Access JWT and keeps the person on the context.
import type { MiddlewareHandler } from 'hono';
import { authenticateStaff } from '../server/staff-auth';
import type { StaffEnv } from './env';

export const staffOnly: MiddlewareHandler<StaffEnv> = async (c, next) => {
  c.set('staff', await authenticateStaff(c.env, c.req.header('Cf-Access-Jwt-Assertion'), c.req.url));
  await next();
};
