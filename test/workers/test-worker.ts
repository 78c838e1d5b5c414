// The Worker as tests run it: Astro's handler needs the built site, so a plain page stands in for it.
import { createWorker } from '../../functions/create-worker';

export { RateLimiter } from '../../functions/server/limiter';
export default createWorker(async () => new Response('<!doctype html><title>page</title>', { headers: { 'Content-Type': 'text/html' } }));
