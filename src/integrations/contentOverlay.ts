// `npm run dev`: the content checks of `npm run validate` shown in the browser's error overlay, on every page load
// and after every save under content/, so an editor sees the same message the build would give; and the same checks
// on what the editor at /admin/ is about to save (POST /__content-check, called before each save).
import { fileURLToPath } from 'node:url';
import type { IncomingMessage } from 'node:http';
import type { AstroIntegration } from 'astro';
import { checkWithFiles, problemsOfSave, readSavedFiles, saveCheckResult } from '../lib/cms/saveCheck.ts';
import { CONTENT_CHECK_PATH } from '../lib/cms/saveRequest.ts';
import { CONTENT_FOLDER } from '../lib/collections.ts';
import { InvalidContentError } from '../lib/contentIssue.ts';
import { checkedContent } from '../lib/contentLoader.ts';
import { checkContent } from '../lib/validateContent.ts';

/** A request's body as text. */
async function bodyText(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The Astro integration that reports content problems in the dev server's overlay and checks the editor's saves. */
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
        server.middlewares.use(CONTENT_CHECK_PATH, (request, response) => {
          const answer = (status: number, body: unknown) => {
            response.statusCode = status;
            response.setHeader('Content-Type', 'application/json; charset=utf-8');
            response.end(JSON.stringify(body));
          };
          if (request.method !== 'POST') return answer(405, { error: 'POST the files a save writes' });
          bodyText(request)
            .then((text) => {
              let body: unknown;
              try {
                body = JSON.parse(text);
              } catch {
                return answer(400, { error: 'the body is not JSON' });
              }
              const read = readSavedFiles(body);
              if ('error' in read) return answer(400, read);
              const after = checkWithFiles(root, read.files, (scratch) => checkContent(scratch).issues);
              const saved = read.files.map((file) => file.path);
              return answer(200, saveCheckResult(problemsOfSave(checkedContent(root).issues, after, saved)));
            })
            .catch((error: Error) => answer(500, { error: error.message }));
        });
      },
    },
  };
}
