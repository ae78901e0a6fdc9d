// The corrections log, read once per build and ordered by src/lib/corrections/correctionsLog.ts.
import { correctionsLog } from '../lib/corrections/correctionsLog.ts';
import { getEntries } from './content.ts';

/** Every correction, newest first. */
export async function getCorrectionsLog() {
  return correctionsLog(await getEntries('corrections'));
}
