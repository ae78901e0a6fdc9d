// Astro's loader for every collection of content/ but the articles: it reads the files through the same code as
// `npm run validate` (loadContent and its checks), so the site is built from exactly what was checked.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { CONTENT_FOLDER, NEWS_FOLDER, PAGES_FOLDER } from './collections.ts';
import type { ContentBundle } from './contentBundle.ts';
import { InvalidContentError, type ContentIssue } from './contentIssue.ts';
import { fillFigurePlaceholders } from './proseFigures.ts';
import { checkContent } from './validateContent.ts';

let cached: { signature: string; result: { content: ContentBundle; issues: ContentIssue[] } } | undefined;

/** Every file under content/ with its size and time of change: the checks run again only when this changes. */
function contentSignature(root: string): string {
  const dir = join(root, CONTENT_FOLDER);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => {
      const stats = statSync(join(dir, name));
      return `${name}:${stats.size}:${stats.mtimeMs}`;
    })
    .join('\n');
}

/** content/ checked and with its placeholders filled in, computed once per change of the files. */
export function checkedContent(root: string): { content: ContentBundle; issues: ContentIssue[] } {
  const signature = contentSignature(root);
  if (cached?.signature !== signature) {
    const { content, issues } = checkContent(root);
    cached = { signature, result: { content: fillFigurePlaceholders(content), issues } };
  }
  return cached.result;
}

/**
 * The loader of one collection. A build stops on the first problem in any file, listing them all; `astro dev` keeps
 * serving what passed and shows the problems in the browser overlay (see src/integrations/contentOverlay.ts).
 */
export function contentLoader(collection: Exclude<keyof ContentBundle, 'news' | 'pages'>): Loader {
  return {
    name: `content-${collection}`,
    load: async ({ store, parseData, generateDigest, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        const { content, issues } = checkedContent(root);
        if (issues.length && !watcher) throw new InvalidContentError(issues);
        store.clear();
        for (const entry of content[collection]) {
          const data = await parseData({ id: entry.id, data: { ...entry.data }, filePath: entry.file });
          store.set({ id: entry.id, data, filePath: entry.file, digest: generateDigest(data) });
        }
      };
      await sync();
      // An edited article or page (MDX, loaded by Astro's own loader) changes nothing these collections hold: they are
      // left alone then, so `npm run dev` re-renders only what the article touches. The overlay still checks it.
      const mdxFolders = [NEWS_FOLDER, PAGES_FOLDER].map((folder) => join(root, CONTENT_FOLDER, folder));
      watcher?.on('all', (_event, path) => {
        if (!path.startsWith(join(root, CONTENT_FOLDER)) || mdxFolders.some((folder) => path.startsWith(folder))) return;
        sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
