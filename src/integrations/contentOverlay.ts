// `npm run dev`: the content checks of `npm run validate` shown in the browser's error overlay, on every page load
// and after every save under content/, so an editor sees the same message the build would give.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CONTENT_FOLDER } from '../lib/collections.ts';
import { InvalidContentError } from '../lib/contentIssue.ts';
import { checkedContent } from '../lib/contentLoader.ts';

/** The Astro integration that reports content problems in the dev server's overlay. */
export function contentOverlay(): AstroIntegration {
  return {
    name: 'content-overlay',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const root = fileURLToPath(new URL('.', `file://${server.config.root}/`));
        const report = () => {
          const { issues } = checkedContent(root);
          if (!issues.length) return;
          const { message } = new InvalidContentError(issues);
          server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'content checks', id: CONTENT_FOLDER } });
        };
        server.ws.on('connection', () => setTimeout(report, 200));
        server.watcher.on('all', (_event, path) => {
          if (path.includes(`/${CONTENT_FOLDER}/`)) setTimeout(report, 300);
        });
      },
    },
  };
}
