// The Worker entry: the API plus Astro's output through the Cloudflare adapter, and the Durable
// Object that counts rate limits.
import { handle } from '@astrojs/cloudflare/handler';
import { createWorker } from './create-worker';

export { RateLimiter } from './server/limiter';
export default createWorker(handle);
