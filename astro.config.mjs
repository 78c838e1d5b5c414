// @ts-check
import cloudflare from '@astrojs/cloudflare';
import { defineConfig } from 'astro/config';
import { LEFT_OUT_OF_ENCRYPTION_WORKER, openpgpBrowserBuild } from './scripts/openpgp-browser-build.ts';

export default defineConfig({
  // Absolute URLs (canonical, hreflang) use this origin; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://portal.example',
  output: 'static',
  // The content data store, which the server bundle is built from, lives in the checkout rather than
  // in node_modules (Astro's default), so that checkouts sharing one node_modules never build each
  // other's content.
  cacheDir: './.astro/cache',
  // 'ignore' so that /api/* (no trailing slash) reaches the Worker in astro dev as it does when deployed.
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No sessions (no cookies) and no image service binding: the site needs neither.
  session: false,
  // Static pages are rendered in Node at build time: through workerd every page cost two HTTP hops and
  // the build three times as long. Nothing they render uses a Worker binding; on-demand pages run in workerd.
  adapter: cloudflare({ imageService: 'passthrough', prerenderEnvironment: 'node' }),
  // Pages send Referrer-Policy: no-referrer, under which browsers post forms with "Origin: null", so
  // Astro's origin check would refuse every form. Forms carry no cookies or sessions to forge; the
  // contact page refuses posts marked Sec-Fetch-Site: cross-site instead.
  security: { checkOrigin: false },
  devToolbar: { enabled: false },
  // The browser's OpenPGP.js: the lightweight build, without the algorithms that curve25519 keys never use,
  // in the pages and in the contact page's encryption worker, which leaves out more (ES modules, so that
  // OpenPGP.js can load its optional chunks).
  vite: {
    build: { assetsInlineLimit: 0 },
    plugins: [openpgpBrowserBuild()],
    worker: { format: 'es', plugins: () => [openpgpBrowserBuild(LEFT_OUT_OF_ENCRYPTION_WORKER)] },
  },
});
