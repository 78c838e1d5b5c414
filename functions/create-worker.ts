// Builds the Worker around a site handler: /api/* goes to the Hono app, everything else to the site
// (Astro's static assets and on-demand pages). Every response leaves with the same security headers.
import { app } from './app';
import { runMaintenance } from './server/maintenance';
import { withSecurityHeaders } from './server/security-headers';

// Pages are read, and forms posted; nothing on the site is put or deleted.
const SITE_METHODS = ['GET', 'HEAD', 'POST'];

export type SiteHandler = (request: Request, env: Env, ctx: ExecutionContext) => Promise<Response>;

export function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}

export function createWorker(site: SiteHandler) {
  return {
    async fetch(request, env, ctx) {
      if (isApiPath(new URL(request.url).pathname)) return app.fetch(request, env, ctx);
      if (!SITE_METHODS.includes(request.method))
        return withSecurityHeaders(new Response(null, { status: 405, headers: { Allow: SITE_METHODS.join(', ') } }));
      return withSecurityHeaders(await site(request, env, ctx));
    },
    async scheduled(controller, env, ctx) {
      ctx.waitUntil(runMaintenance(env, new Date(controller.scheduledTime)));
    },
  } satisfies ExportedHandler<Env>;
}
