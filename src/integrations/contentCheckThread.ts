// `npm run dev`: the content checks for the error overlay, in a thread of their own (src/integrations/contentOverlay.ts),
// so checking everything after a save (about a second with 1,000 articles) never holds up the page being served.
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from '../lib/validateContent.ts';

const { root } = workerData as { root: string };
parentPort!.on('message', () => parentPort!.postMessage(checkContent(root).issues));
