// Recording a correction of a dataset value from the editor at /admin/ (`npm run edit`): the dev server's
// POST /__record-correction gets the corrections-log entry the editor is saving, prepares the correction as
// `npm run record:correction` does, checks every file it would write together with the entry as the build would,
// and writes the dataset's files only when nothing is wrong. The CMS then saves the entry with the new version.
import type { ContentIssue } from '../contentIssue.ts';
import { correctionReport, prepareCorrection, quoteAdvice } from '../corrections/prepareCorrection.ts';
import type { CorrectionRequest, RequestNames } from '../corrections/recordCorrection.ts';
import { isRecord } from '../jsonScript.ts';
import { checkContent } from '../validateContent.ts';
import { checkedContent } from '../contentLoader.ts';
import { checkWithFiles, writeSavedFiles } from './saveCheck.ts';
import { problemsOfSave, saveCheckResult, type RecordCorrectionResult } from './saveRequest.ts';

const CORRECTION_PATH = /^content\/corrections\/[a-z0-9][a-z0-9._-]*\.json$/;
/** The editor's names for the parts of a correction, in the messages it gets. */
const EDITOR_NAMES: RequestNames = { from: 'change.from', to: 'change.to', summaryEn: 'summary.en', summaryAz: 'summary.az', source: 'change.source' };
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** The correction the entry asks for, or the problems with the entry's own fields (named as the build names them). */
export function correctionRequestOf(file: string, data: Record<string, unknown>): { request: CorrectionRequest } | { problems: ContentIssue[] } {
  const entry = file.replace(/^.*\//, '').replace(/\.json$/, '');
  const change = isRecord(data.change) ? data.change : {};
  const summary = isRecord(data.summary) ? data.summary : {};
  const problems: ContentIssue[] = [];
  const need = (field: string, value: string, what: string) => {
    // Each refusal names the empty field and what to give it.
    if (!value) problems.push({ file, entry, field, message: `is empty: ${what}` });
    return value;
  };
  const request: CorrectionRequest = {
    dataset: need('dataset', text(data.dataset), 'choose the dataset whose value is corrected'),
    row: need('change.row', text(change.row), 'choose the row key of the corrected value'),
    field: need('change.field', text(change.field), 'give the column name of the corrected value, as in the CSV'),
    from: text(change.from),
    to: need('change.to', text(change.to), 'give the corrected value (to empty a cell, use npm run record:correction with --to "")'),
    summary: { en: text(summary.en), az: text(summary.az) },
    date: need('date', text(data.date), 'give the day the correction is published'),
    ...(text(change.source) ? { source: text(change.source) } : {}),
    ...(text(data.page) ? { page: text(data.page) } : {}),
  };
  return problems.length ? { problems } : { request };
}

/**
 * Records the correction that the entry saved at `file` asks for, in the project at `root`: the answer is the
 * problems that stop it (nothing written), or the version and change the entry must carry, what was written and the
 * texts that quote the corrected figure.
 */
export function recordEditorCorrection(root: string, file: string, data: Record<string, unknown>): RecordCorrectionResult {
  if (!CORRECTION_PATH.test(file))
    return saveCheckResult([{ file, entry: file, field: '', message: 'is not a file in content/corrections/: only a correction records a changed value' }]);
  const asked = correctionRequestOf(file, data);
  if ('problems' in asked) return saveCheckResult(asked.problems);
  const result = prepareCorrection(root, asked.request, EDITOR_NAMES);
  if ('problems' in result) return saveCheckResult(result.problems);
  const { prepared } = result;
  const { change, version } = prepared.correction;
  const entry = { ...data, version, change };
  const files = [...prepared.files, { path: file, content: `${JSON.stringify(entry, null, 2)}\n` }];
  const after = checkWithFiles(root, files, (scratch) => checkContent(scratch).issues);
  const problems = problemsOfSave(
    checkedContent(root).issues,
    after,
    files.map((saved) => saved.path),
  );
  if (problems.length) return saveCheckResult(problems);
  writeSavedFiles(root, prepared.files);
  return {
    issues: [],
    version: version!,
    change: change!,
    written: correctionReport(prepared, asked.request),
    quotes: prepared.quoting.map((quote) => quoteAdvice(quote, prepared.figure.value)),
  };
}
