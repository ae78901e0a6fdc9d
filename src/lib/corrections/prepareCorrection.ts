// A correction of one dataset value, prepared from the project's files without writing any: the files it writes
// (the frozen CSV of the version it replaces, the corrected CSV, the raised metadata), its corrections-log entry and
// the texts that quote the figure. `npm run record:correction` writes them; so does the editor at /admin/ under
// `npm run edit` (POST /__record-correction, src/integrations/contentOverlay.ts), after checking them as the build would.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Correction } from '../../schemas/correction.ts';
import type { SavedFile } from '../cms/saveRequest.ts';
import type { ContentIssue } from '../contentIssue.ts';
import { fileId, filesIn } from '../contentFiles.ts';
import { contentFilesOnDisk } from '../contentFilesOnDisk.ts';
import type { DatasetMetadata } from '../datasets/datasetVersion.ts';
import { currentPublishedCsv, freezeCurrentVersion } from '../datasets/releaseSnapshots.ts';
import { loadContent } from '../loadContent.ts';
import { unknownValue } from '../suggest.ts';
import { correctionId, planCorrection, type CorrectionRequest, type RequestNames } from './recordCorrection.ts';
import { textsQuoting, type QuotingText } from './quotingTexts.ts';

/** The ids of the JSON entries in a content folder (a path from the project root). */
function jsonIds(root: string, folder: string): string[] {
  return filesIn(contentFilesOnDisk(root), folder, ['.json']).map((path) => fileId(path, '.json'));
}

/** What a correction writes and reports. Paths are from the project root. */
export interface PreparedCorrection {
  /** The version kept downloadable, the corrected CSV and the metadata file with the raised version and changelog. */
  files: SavedFile[];
  /** The corrections-log entry, and a free file name for it in content/corrections/. */
  correction: Correction;
  correctionFile: string;
  /** The version replaced, and where its CSV is kept. */
  replaced: { version: string; file: string };
  place: { file: string; entry: string };
  oldValue: unknown;
  newValue: unknown;
  /** The numeric figure texts may quote (the value, or the value a wording column qualifies), and the texts quoting it. */
  figure: { field: string; value: unknown };
  quoting: QuotingText[];
}

/**
 * Prepares the correction `request` of the dataset files under `root`, or gives the problems that stop it (file,
 * entry, field, the bad value and the nearest valid one). Nothing is written.
 */
export function prepareCorrection(
  root: string,
  request: CorrectionRequest,
  names: RequestNames,
): { prepared: PreparedCorrection } | { problems: ContentIssue[] } {
  const metadataFile = `content/datasets/${request.dataset}.json`;
  const refuse = (message: string, field = 'dataset'): { problems: ContentIssue[] } => ({
    problems: [{ file: metadataFile, entry: request.dataset, field, message }],
  });
  if (!existsSync(join(root, metadataFile))) {
    const ids = jsonIds(root, 'content/datasets');
    return {
      problems: [
        { file: metadataFile, entry: request.dataset, field: 'dataset', message: `does not exist: ${unknownValue(request.dataset, 'dataset id', ids)}` },
      ],
    };
  }
  const metadata = JSON.parse(readFileSync(join(root, metadataFile), 'utf8')) as DatasetMetadata & { selection?: { from: string }; generatedFrom?: string };
  if (metadata.selection)
    return refuse(`takes its rows from ${metadata.selection.from}: correct the row there (dataset ${metadata.selection.from}), and ${request.dataset} follows`);
  if (metadata.generatedFrom)
    return refuse(
      `is made from the ${metadata.generatedFrom}: correct the event's file in content/events/ and record it in content/corrections/ without a changed value`,
    );

  const { content, failed } = loadContent(root);
  const dataset = content.datasets.find((candidate) => candidate.id === request.dataset);
  if (!dataset || failed.datasets.has(request.dataset)) return refuse('does not pass its own checks: run npm run validate and fix it first');
  const csvFile = `content/datasets/${request.dataset}.csv`;
  // The version being replaced stays downloadable: its published CSV is frozen and its hash recorded before the raise.
  const frozen = freezeCurrentVersion(request.dataset, metadata, currentPublishedCsv(dataset.data, content.sources));
  const result = planCorrection(
    request,
    {
      id: dataset.id,
      csvFile,
      fields: dataset.data.fields,
      primaryKey: dataset.data.primaryKey,
      metadata: frozen.metadata,
      csv: readFileSync(join(root, csvFile), 'utf8'),
    },
    { sources: new Set(content.sources.map((source) => source.id)) },
    names,
  );
  if ('problems' in result) return result;
  const { plan } = result;

  // The figure whose quotes to look for: the number itself, or the number a wording column (…_qualifier) qualifies.
  const figureField = dataset.data.fields.find((field) => field.qualifiedBy === request.field)?.name ?? request.field;
  const value = dataset.data.rows.find((row) => row[dataset.data.primaryKey] === request.row)?.[figureField];
  const quoting = typeof value === 'number' ? textsQuoting(content, { dataset: request.dataset, row: request.row, field: figureField, value }) : [];

  const taken = new Set(jsonIds(root, 'content/corrections'));
  return {
    prepared: {
      files: [
        { path: frozen.file, content: frozen.content },
        { path: csvFile, content: plan.csv },
        { path: metadataFile, content: `${JSON.stringify(plan.metadata, null, 2)}\n` },
      ],
      correction: plan.correction,
      correctionFile: `content/corrections/${correctionId(request, taken)}.json`,
      replaced: { version: metadata.version, file: frozen.file },
      place: plan.place,
      oldValue: plan.oldValue,
      newValue: plan.newValue,
      figure: { field: figureField, value },
      quoting,
    },
  };
}

/** What a prepared correction changes in the dataset's files, as the command prints it and the editor's dialog lists it. */
export function correctionReport(prepared: PreparedCorrection, request: Pick<CorrectionRequest, 'dataset' | 'field' | 'date' | 'source'>): string[] {
  const { place, replaced, correction } = prepared;
  const csv = `/data/${request.dataset}/${replaced.version}/${request.dataset}.csv`;
  return [
    `Corrected ${place.file} › entry "${place.entry}" › field "${request.field}": ${shownValue(prepared.oldValue)} → ${shownValue(prepared.newValue)}`,
    ...(request.source ? [`  the row's source is now ${request.source}`] : []),
    `Raised content/datasets/${request.dataset}.json to version ${correction.version} (lastUpdated ${request.date}) with a changelog entry.`,
    `Kept version ${replaced.version} as ${replaced.file} (served at ${csv}).`,
  ];
}

/** A value as the editor reads it in a report: `(empty)` for an empty cell, a list joined with `;`. */
export function shownValue(value: unknown): string {
  return value === null || value === undefined ? '(empty)' : Array.isArray(value) ? value.join(';') || '(empty)' : String(value);
}

/** One text quoting the corrected figure, with what the editor has to do about it. */
export function quoteAdvice(text: QuotingText, figure: unknown): string {
  const how = {
    binds: 'shows the new value by itself; check the sentence around it',
    draws: 'draws the new value by itself',
    writes: `writes ${shownValue(figure)}: update it`,
  };
  return `${text.file} › entry "${text.entry}" › field "${text.field}": ${how[text.how]}`;
}
