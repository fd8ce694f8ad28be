// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import contentGuard from './src/integrations/content-guard.ts';
import { contentMdxGate } from './src/integrations/mdx-gate.ts';
import pagefind from './src/integrations/pagefind.ts';
import { unsetSite } from './src/lib/open-data/address.ts';
import { normaliseBase } from './src/lib/urls.ts';
import { scriptConstants } from './src/scripts/compare-store.ts';

// BASE_PATH=/kb/ and SITE_URL=https://example.org set where the site is published.
const base = normaliseBase(process.env.BASE_PATH);
// Without SITE_URL the site has no address of its own (a preview, the offline edition): Astro gets a
// reserved name that never resolves, and the pages, feed, sitemap and open data publish no host at all
// (src/lib/open-data/address.ts, docs/deployment.md). Never a made-up one such as localhost.
const siteUrl = process.env.SITE_URL || undefined;

/** One warning per build made without SITE_URL, saying what it leaves out. */
const siteUrlWarning = {
  name: 'atlas:site-url',
  hooks: {
    /** @param {{ logger: import('astro').AstroIntegrationLogger }} options */
    'astro:build:start': ({ logger }) => {
      if (!siteUrl) {
        logger.warn(
          'SITE_URL is not set, so this build has no address of its own: no canonical links, og:url, RSS feed or sitemap; ' +
            'citations without an address; open data and page metadata with relative addresses. ' +
            'Fine for a preview or the offline edition; to publish, build with SITE_URL=https://your.host (docs/deployment.md).',
        );
      }
    },
  },
};

export default defineConfig({
  site: siteUrl ?? unsetSite,
  base,
  trailingSlash: 'always',
  // concurrency: pages wait on reading their entry's compiled module; rendering four at a time
  // fills those waits (page generation 8.4 s -> 6.6-7.1 s at 1000 entries, docs/performance.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  srcDir: './src',
  // Served as is; the content check refuses links and anything but images in its media/ (ATLAS_PUBLIC for test fixtures).
  publicDir: process.env.ATLAS_PUBLIC || './public',
  // ATLAS_CONTENT_GUARD=off exists for one test: it proves the compile gate alone stops hostile MDX.
  // The sitemap needs absolute addresses (sitemaps.org): built only when the site has one.
  integrations: [siteUrlWarning, ...(process.env.ATLAS_CONTENT_GUARD === 'off' ? [] : [contentGuard()]), mdx(), pagefind(), ...(siteUrl ? [sitemap()] : [])],
  devToolbar: { enabled: false },
  vite: {
    define: scriptConstants,
    build: {
      rolldownOptions: {
        // Astro marks every rendered MDX entry with a "use astro:head-inject" directive, which
        // Rolldown warns about once per entry (1000 warnings for 1000 practices): noise that
        // buries a contributor's real messages. Every other log passes through.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && String(log.id ?? '').includes('astroPropagatedAssets')) return;
          handler(level, log);
        },
      },
    },
  },
  markdown: {
    // Shiki colours code with inline styles, which the CSP forbids; entries rarely hold code.
    syntaxHighlight: false,
    // The second gate of the trust boundary: the MDX compile refuses code in content files itself.
    processor: satteri({ mdastPlugins: [contentMdxGate] }),
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // No page may compile code. The one exception, Pagefind's WebAssembly, is granted by
      // src/pages/search.astro to that page alone (Astro.csp.insertScriptResource).
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
