// Builds the editor at /admin/ (src/client/cmsAdmin.ts: Sveltia CMS, its editor components and the content-check
// worker) with Vite into the folder given, served from /admin/editor/. It runs in a process of its own, started by
// src/integrations/editorBundle.ts while Astro builds the pages: Sveltia's bundle (hundreds of modules) is then neither
// in the build's memory nor on its one busy thread.
// Usage: node scripts/build-editor.ts <output folder>
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { EDITOR_BASE, EDITOR_ENTRY_FILE } from '../src/lib/cms/editorBundlePaths.ts';
import { entitiesWithoutDom, sveltiaLocalFonts } from '../src/integrations/editorVitePlugins.ts';

const outDir = process.argv[2];
if (!outDir) {
  console.error('Usage: node scripts/build-editor.ts <output folder>');
  process.exit(2);
}

await build({
  root: fileURLToPath(new URL('..', import.meta.url)),
  configFile: false,
  mode: 'production',
  base: EDITOR_BASE,
  publicDir: false,
  logLevel: 'warn',
  plugins: [sveltiaLocalFonts()],
  worker: { plugins: () => [entitiesWithoutDom()] },
  build: {
    outDir,
    emptyOutDir: true,
    assetsDir: '',
    // Scripts stay in files of their own, never inlined, so the page's Content-Security-Policy can allow them.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    // Sveltia's own chunks are large; they load only in the editor.
    chunkSizeWarningLimit: 10_000,
    rollupOptions: {
      input: { [EDITOR_ENTRY_FILE.replace(/\.js$/, '')]: fileURLToPath(new URL('../src/client/cmsAdmin.ts', import.meta.url)) },
      output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', assetFileNames: '[name]-[hash][extname]' },
    },
  },
});
