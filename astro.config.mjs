// @ts-check
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentOverlay } from './src/integrations/contentOverlay.ts';
import { editorBundle } from './src/integrations/editorBundle.ts';
import { entitiesWithoutDom, sveltiaLocalFonts } from './src/integrations/editorVitePlugins.ts';
import { PREVIEW_SITE_URL } from './src/lib/siteUrl.ts';

// The address the site is published at; canonical URLs, feeds and citations use it. scripts/build.ts always sets
// SITE_URL (and refuses to publish without one, src/lib/siteUrl.ts); only `npm run dev` falls back to localhost.
const site = process.env.SITE_URL ?? PREVIEW_SITE_URL;

export default defineConfig({
  site,
  // scripts/build.ts builds into a staging folder and swaps it in only when the build succeeds.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Pages are rendered a few at a time: while a social card is rasterised and encoded on libuv's thread pool
    // (src/lib/social/renderCard.ts), the JavaScript thread renders the next pages, so the build uses the second core.
    concurrency: 4,
  },
  i18n: {
    locales: ['en', 'az'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    contentOverlay(),
    editorBundle(),
    sitemap({
      // Every page with its other-language version as an hreflang alternate; embeds are for iframes and /admin/ is the
      // editors' tool, neither is for search.
      i18n: { defaultLocale: 'en', locales: { en: 'en', az: 'az' } },
      filter: (page) => !page.includes('/embed/') && !page.includes('/admin/'),
    }),
  ],
  server: { port: 4321, host: 'localhost' },
  devToolbar: { enabled: false },
  vite: {
    plugins: [sveltiaLocalFonts()],
    // `npm run edit` / `npm run dev` only: Sveltia is served as published (not pre-bundled, so sveltiaLocalFonts also
    // applies), and its bundled fonts may be read from node_modules even where that is a link to another folder.
    optimizeDeps: { exclude: ['@sveltia/cms'] },
    server: {
      fs: { allow: [fileURLToPath(new URL('.', import.meta.url)), realpathSync(fileURLToPath(new URL('./node_modules/@sveltia/cms', import.meta.url)))] },
    },
    // `npm run dev` only (builds bundle the editor in scripts/build-editor.ts, with the same plugins).
    worker: { plugins: () => [entitiesWithoutDom()] },
    build: {
      // Scripts stay in files of their own, never inlined, so a strict Content-Security-Policy can allow them.
      assetsInlineLimit: 0,
      rollupOptions: {
        onwarn(warning, warn) {
          // Astro 7's MDX output trips this bundler warning on every article; it is harmless (withastro/astro#18087).
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
