// `npm run dev`: the content checks for the error overlay, in a thread of their own (src/integrations/contentOverlay.ts),
// so checking everything after a save (about a second with 1,000 articles) never holds up the page being served.
import { parentPort, workerData } from 'node:worker_threads';
import type { ContentIssue } from '../lib/contentIssue.ts';
import { checkContent } from '../lib/validateContent.ts';

/** What a check answers: its problems, or why it could not run (the thread stays up for the next save). */
export type ContentCheckAnswer = { issues: ContentIssue[] } | { error: string };

const { root } = workerData as { root: string };
parentPort!.on('message', () => {
  let answer: ContentCheckAnswer;
  try {
    answer = { issues: checkContent(root).issues };
  } catch (error) {
    answer = { error: (error as Error).stack ?? String(error) };
  }
  parentPort!.postMessage(answer);
});
