// `npm run dev`: the content checks of `npm run validate` shown in the browser's error overlay, on every page load
// and after every save under content/, so an editor sees the same message the build would give; the same checks on
// what the editor at /admin/ is about to save (POST /__content-check, called before each save); and the recording of
// a correction of a dataset value, which changes the CSV the editor does not edit (POST /__record-correction).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { IncomingMessage } from 'node:http';
import type { AstroIntegration } from 'astro';
import { checkWithFiles, readSavedFiles } from '../lib/cms/saveCheck.ts';
import { recordEditorCorrection } from '../lib/cms/correctionSave.ts';
import { isRecord } from '../lib/jsonScript.ts';
import { CONTENT_CHECK_PATH, problemsOfSave, RECORD_CORRECTION_PATH, saveCheckResult } from '../lib/cms/saveRequest.ts';
import { CONTENT_FOLDER } from '../lib/collections.ts';
import { InvalidContentError } from '../lib/contentIssue.ts';
import type { ContentCheckAnswer } from './contentCheckThread.ts';
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
        // The checks run in a thread (contentCheckThread.ts); a save during a check asks for one more check after it.
        const thread = new Worker(join(root, 'src/integrations/contentCheckThread.ts'), { workerData: { root } });
        thread.unref();
        server.httpServer?.on('close', () => void thread.terminate());
        let checking = false;
        let checkAgain = false;
        const report = () => {
          if (checking) checkAgain = true;
          else {
            checking = true;
            thread.postMessage('check');
          }
        };
        thread.on('message', (answer: ContentCheckAnswer) => {
          checking = false;
          const message =
            'error' in answer ? `The content check stopped: ${answer.error}` : answer.issues.length ? new InvalidContentError(answer.issues).message : null;
          if (message) server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'content checks', id: CONTENT_FOLDER } });
          if (checkAgain) {
            checkAgain = false;
            report();
          }
        });
        server.ws.on('connection', () => setTimeout(report, 200));
        server.watcher.on('all', (_event, path) => {
          if (path.includes(`/${CONTENT_FOLDER}/`)) setTimeout(report, 300);
        });
        /** A JSON endpoint: `handle` gets the request's parsed body and gives the status and the answer. */
        const jsonEndpoint = (path: string, expected: string, handle: (body: unknown) => [number, unknown]) =>
          server.middlewares.use(path, (request, response) => {
            const answer = ([status, body]: [number, unknown]) => {
              response.statusCode = status;
              response.setHeader('Content-Type', 'application/json; charset=utf-8');
              response.end(JSON.stringify(body));
            };
            if (request.method !== 'POST') return answer([405, { error: `POST ${expected}` }]);
            bodyText(request)
              .then((text) => {
                let body: unknown;
                try {
                  body = JSON.parse(text);
                } catch {
                  return answer([400, { error: 'the body is not JSON' }]);
                }
                return answer(handle(body));
              })
              .catch((error: Error) => answer([500, { error: error.message }]));
          });
        jsonEndpoint(CONTENT_CHECK_PATH, 'the files a save writes', (body) => {
          const read = readSavedFiles(body);
          if ('error' in read) return [400, read];
          const after = checkWithFiles(root, read.files, (scratch) => checkContent(scratch).issues);
          const saved = read.files.map((file) => file.path);
          return [200, saveCheckResult(problemsOfSave(checkedContent(root).issues, after, saved))];
        });
        jsonEndpoint(RECORD_CORRECTION_PATH, '{ "path": …, "data": … } of the correction being saved', (body) => {
          if (!isRecord(body) || typeof body.path !== 'string' || !isRecord(body.data)) return [400, { error: 'expected { "path": …, "data": { … } }' }];
          return [200, recordEditorCorrection(root, body.path, body.data)];
        });
      },
    },
  };
}
