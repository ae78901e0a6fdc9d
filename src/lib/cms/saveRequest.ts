// What the admin page sends to the dev server's content check before a save, what it gets back, and which of the
// check's problems a save brings; kept apart from saveCheck.ts (which reads and writes files) so the browser bundle
// carries none of Node's modules.
import { formatIssue, type ContentIssue } from '../contentIssue.ts';
import { writeArticle, type ArticleFields } from '../frontMatter.ts';
import { isRecord } from '../jsonScript.ts';

/** The dev server's address for the check (src/integrations/contentOverlay.ts). */
export const CONTENT_CHECK_PATH = '/__content-check';

/** One file a save writes: its path from the project root (`content/events/x.json`) and its text. */
export interface SavedFile {
  path: string;
  content: string;
}

/** What the check answers: the problems the save would bring, each in its parts and as the build prints it. */
export interface SaveCheckResult {
  issues: (ContentIssue & { text: string })[];
}

/** An entry as the CMS is about to save it: its collection, the default language's path and data, the other languages' data. */
export interface SavingEntry {
  collection: string;
  path: string;
  data: Record<string, unknown>;
  i18n: Record<string, Record<string, unknown> | undefined>;
}

/**
 * The files a save writes, as the build will read them: an article in each language it has (`news/en/<slug>.mdx`
 * and the same name under `news/<lang>/`), in the articles' format; any other entry as its JSON file.
 */
export function savedFiles(entry: SavingEntry): SavedFile[] {
  if (entry.collection !== 'news') return [{ path: entry.path, content: `${JSON.stringify(entry.data, null, 2)}\n` }];
  const files = [{ path: entry.path, content: writeArticle(entry.data as ArticleFields) }];
  for (const [lang, data] of Object.entries(entry.i18n))
    if (data && Object.keys(data).length)
      files.push({ path: entry.path.replace(/\/news\/en\//, `/news/${lang}/`), content: writeArticle(data as ArticleFields) });
  return files;
}

/**
 * The problems a save brings: every problem in the saved files, and any problem elsewhere that the content did not
 * have before (another file that the change breaks, such as an article quoting an event whose id changed).
 */
export function problemsOfSave(before: ContentIssue[], after: ContentIssue[], saved: string[]): ContentIssue[] {
  const known = new Set(before.map(formatIssue));
  return after.filter((issue) => saved.includes(issue.file) || !known.has(formatIssue(issue)));
}

/** The endpoint's answer for these problems. */
export function saveCheckResult(issues: ContentIssue[]): SaveCheckResult {
  return { issues: issues.map((issue) => ({ ...issue, text: formatIssue(issue) })) };
}

/** True for what the check answers, as the admin page reads it. */
export function isSaveCheckResult(value: unknown): value is SaveCheckResult {
  return (
    isRecord(value) &&
    Array.isArray(value.issues) &&
    value.issues.every((issue) => isRecord(issue) && ['file', 'entry', 'field', 'message', 'text'].every((key) => typeof issue[key] === 'string'))
  );
}

/** The dev server's address for recording a correction of a dataset value (src/integrations/contentOverlay.ts). */
export const RECORD_CORRECTION_PATH = '/__record-correction';

/** A correction entry that asks for a dataset value to be changed: the change is given and no version yet carries it. */
export function correctsValue(collection: string, data: Record<string, unknown>): boolean {
  const change = data.change;
  return collection === 'corrections' && !data.version && isRecord(change) && typeof change.row === 'string' && change.row.trim() !== '';
}

/** What recording a correction answers: the problems that stopped it, or what it wrote and the texts to check. */
export type RecordCorrectionResult =
  | SaveCheckResult
  | {
      issues: [];
      /** The entry's fields the save must carry: the dataset's new version and the change as the CSV now has it. */
      version: string;
      change: Record<string, string>;
      /** What was written, each as a sentence naming the file. */
      written: string[];
      /** The texts that quote the changed figure, each with what to do about it. */
      quotes: string[];
    };

/** True for what the recording answers, as the admin page reads it. */
export function isRecordCorrectionResult(value: unknown): value is RecordCorrectionResult {
  if (isSaveCheckResult(value) && value.issues.length) return true;
  return (
    isRecord(value) &&
    Array.isArray(value.issues) &&
    !value.issues.length &&
    typeof value.version === 'string' &&
    isRecord(value.change) &&
    [value.written, value.quotes].every((list) => Array.isArray(list) && list.every((line) => typeof line === 'string'))
  );
}
