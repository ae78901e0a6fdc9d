// The Vite plugins the editor at /admin/ needs, shared by the dev server (astro.config.mjs) and the editor's own
// production build (scripts/build-editor.ts).
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Sveltia CMS registers its fonts from its own bundled files through the FontFace API, but its stylesheet also declares
 * them at cdn.jsdelivr.net; the browser would fetch those too. They are pointed at nothing here, so the editor makes no
 * request to another origin.
 */
export function sveltiaLocalFonts(): Plugin {
  return {
    name: 'sveltia-local-fonts',
    transform(code, id) {
      if (!id.includes('@sveltia/cms/') || !code.includes('cdn.jsdelivr.net/fontsource')) return undefined;
      return { code: code.replace(/url\(https:\/\/cdn\.jsdelivr\.net\/fontsource\/[^)]+\)/g, 'local("Sveltia bundled font")'), map: null };
    },
  };
}

/**
 * The editor's content-check worker (src/client/contentCheckWorker.ts) has no DOM: micromark's entity decoder gets its
 * build without `document`, the one its package gives workers.
 */
export function entitiesWithoutDom(): Plugin {
  const decoder = fileURLToPath(new URL('../../node_modules/decode-named-character-reference/index.js', import.meta.url));
  return {
    name: 'entities-without-dom',
    enforce: 'pre',
    resolveId: (source) => (source === 'decode-named-character-reference' ? decoder : null),
  };
}
