// The Worker's bindings, for the on-demand Astro pages that share the API's services. (Pages are
// type-checked with browser types, which clash with the Workers runtime types this module uses.)
import { env } from 'cloudflare:workers';

export function workerEnv(): Env {
  return env;
}
