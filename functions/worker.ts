// The Worker entry: the API plus Astro's output through the Cloudflare adapter.
import { handle } from '@astrojs/cloudflare/handler';
import { createWorker } from './create-worker';

export default createWorker(handle);
