// What `npm run record:correction` changes and checks: one cell of a dataset's CSV (every other byte kept), the
// dataset's next version and changelog entry, the corrections-log entry, and the refusals that name the file, row,
// field and bad value with the nearest valid one.
import type { Correction } from '../../schemas/correction.ts';
import type { DatasetField, DatasetRow } from '../../schemas/dataset.ts';
import type { ContentIssue } from '../contentIssue.ts';
import { checkValue, csvRowPlace, readCell } from '../datasets/datasetRows.ts';
import { nextVersion, withChangelogEntry, type DatasetMetadata } from '../datasets/datasetVersion.ts';
import { freeId } from '../freeId.ts';
import { slugify } from '../news/articleScaffold.ts';
import { numberMismatch } from '../numberParity.ts';
import { unknownValue } from '../suggest.ts';

/** One cell of a CSV text: where it is in the text and what it says, unquoted. */
interface CsvCell {
  start: number;
  end: number;
  value: string;
}

/**
 * The records of a CSV text (RFC 4180: quoted cells may hold commas, quotes and line breaks), each cell with its place
 * in the text, so one cell can be rewritten without touching any other byte. Blank lines are skipped.
 */
export function csvRecords(text: string): CsvCell[][] {
  const records: CsvCell[][] = [];
  let record: CsvCell[] = [];
  let index = 0;
  while (index <= text.length) {
    const start = index;
    let value = '';
    if (text[index] === '"') {
      index += 1;
      while (index < text.length) {
        if (text[index] === '"' && text[index + 1] === '"') {
          value += '"';
          index += 2;
        } else if (text[index] === '"') {
          index += 1;
          break;
        } else value += text[index++];
      }
    } else {
      while (index < text.length && text[index] !== ',' && text[index] !== '\n' && text[index] !== '\r') value += text[index++];
    }
    record.push({ start, end: index, value });
    if (text[index] === ',') {
      index += 1;
      continue;
    }
    if (!(record.length === 1 && record[0]!.value === '' && record[0]!.start === record[0]!.end)) records.push(record);
    record = [];
    if (text[index] === '\r') index += 1;
    index += 1; // past "\n", or past the end
  }
  return records;
}

/** A value written as a CSV cell: quoted only when it holds a comma, a quote or a line break. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The CSV text with one cell replaced by `value`; every other byte is kept. */
export function replaceCell(text: string, cell: Pick<CsvCell, 'start' | 'end'>, value: string): string {
  return `${text.slice(0, cell.start)}${csvCell(value)}${text.slice(cell.end)}`;
}

/** What the editor asks to change. */
export interface CorrectionRequest {
  dataset: string;
  row: string;
  field: string;
  from: string;
  to: string;
  summary: { en: string; az: string };
  /** Id of the source the corrected value comes from: it becomes the row's source. */
  source?: string;
  /** Site path of the page the correction is about; the dataset's page when left out. */
  page?: string;
  date: string;
}

/** A dataset as the correction reads it: its fields and key (checked), its metadata file as written, and its CSV text. */
export interface CorrectableDataset {
  id: string;
  csvFile: string;
  fields: readonly DatasetField[];
  primaryKey: string;
  /** The metadata file's JSON as read, so that writing it back changes only version, lastUpdated and changelog. */
  metadata: DatasetMetadata;
  csv: string;
}

/** How the caller names the request's parts in its messages: the command's options, or the editor's fields. */
export interface RequestNames {
  from: string;
  to: string;
  summaryEn: string;
  summaryAz: string;
  source: string;
}

/** The files a correction writes, and what changed, for the report. */
interface PlannedCorrection {
  csv: string;
  metadata: DatasetMetadata;
  correction: Correction;
  field: DatasetField;
  /** The row as it reads after the change. */
  row: DatasetRow;
  oldValue: ReturnType<typeof readCell>;
  newValue: ReturnType<typeof readCell>;
  place: { file: string; entry: string };
}

const same = (cell: string, given: string) => {
  const [a, b] = [cell.trim(), given.trim()];
  return a === b || (a !== '' && b !== '' && !Number.isNaN(Number(a)) && Number(a) === Number(b));
};

/**
 * Checks a correction against the dataset and returns the files it writes, or the problems (file, row, field, the bad
 * value and the nearest valid one) when the row, the field or the old value does not exist or the new value does not fit.
 */
export function planCorrection(
  request: CorrectionRequest,
  dataset: CorrectableDataset,
  known: { sources: ReadonlySet<string> },
  wording: RequestNames,
): { plan: PlannedCorrection } | { problems: ContentIssue[] } {
  const { fields, primaryKey } = dataset;
  const problem = (entry: string, field: string, message: string) => ({ problems: [{ file: dataset.csvFile, entry, field, message }] });
  const [header = [], ...records] = csvRecords(dataset.csv);
  const names = header.map((cell) => cell.value);
  const keyColumn = names.indexOf(primaryKey);
  const rowIndex = records.findIndex((record) => record[keyColumn]?.value === request.row);
  if (rowIndex < 0) {
    const keys = records.map((record) => record[keyColumn]?.value ?? '');
    return problem(dataset.id, primaryKey, unknownValue(request.row, `row key (${primaryKey})`, keys));
  }
  const place = csvRowPlace(dataset.id, dataset.csvFile, rowIndex, request.row);
  const column = names.indexOf(request.field);
  const field = fields.find((candidate) => candidate.name === request.field);
  if (column < 0 || !field) {
    const hint = request.field === 'source' ? `: the row's source is changed with ${wording.source}` : '';
    return problem(
      place.entry,
      request.field,
      `${unknownValue(
        request.field,
        'field of this dataset',
        fields.map((f) => f.name),
      )}${hint}`,
    );
  }
  if (request.field === primaryKey) return problem(place.entry, request.field, "is the row's key: keys are never renumbered (see the guide)");
  const cell = records[rowIndex]![column]!;
  if (!same(cell.value, request.from)) {
    return problem(
      place.entry,
      request.field,
      `holds ${JSON.stringify(cell.value)}, not ${JSON.stringify(request.from)}: give ${wording.from} ${JSON.stringify(cell.value)}`,
    );
  }
  const newValue = readCell(field, request.to.trim());
  const unfit = checkValue(field, newValue);
  if (unfit) return problem(place.entry, request.field, `${wording.to} ${JSON.stringify(request.to)}: ${unfit}`);
  if (same(cell.value, request.to)) return problem(place.entry, request.field, `already holds ${JSON.stringify(cell.value)}: nothing to correct`);
  if (request.source !== undefined && !known.sources.has(request.source)) {
    return problem(place.entry, 'source', unknownValue(request.source, 'source id', known.sources));
  }
  for (const [name, text] of [
    [wording.summaryEn, request.summary.en],
    [wording.summaryAz, request.summary.az],
  ] as const) {
    if (!text.trim()) return problem(place.entry, '', `${name} is empty: say what was wrong and what the data says now, in both languages`);
  }
  const mismatch = numberMismatch(request.summary.en, request.summary.az);
  if (mismatch.length) {
    return problem(
      place.entry,
      '',
      `${wording.summaryEn} and ${wording.summaryAz} carry different numbers (${mismatch.join(', ')}): write the same figures in both`,
    );
  }

  let csv = replaceCell(dataset.csv, cell, request.to.trim());
  if (request.source !== undefined) {
    const sourceCell = csvRecords(csv)[rowIndex + 1]![names.indexOf('source')]!;
    csv = replaceCell(csv, sourceCell, request.source);
  }
  // A corrected value raises the patch number; new rows (the importer) raise the minor.
  const version = nextVersion(dataset.metadata.version, 'patch');
  const metadata = withChangelogEntry(dataset.metadata, { version, date: request.date, changes: request.summary });
  const change = {
    row: request.row,
    field: request.field,
    from: cell.value,
    to: request.to.trim(),
    ...(request.source === undefined ? {} : { source: request.source }),
  };
  const correction: Correction = {
    date: request.date,
    page: request.page ?? `/data/${dataset.id}/`,
    summary: request.summary,
    dataset: dataset.id,
    version,
    change,
  };
  const record = csvRecords(csv)[rowIndex + 1]!;
  const byName = new Map(fields.map((f) => [f.name, f]));
  const row = Object.fromEntries(names.map((name, i) => [name, readCell(byName.get(name), record[i]?.value ?? '')])) as DatasetRow;
  return { plan: { csv, metadata, correction, field, row, oldValue: readCell(field, cell.value), newValue, place } };
}

/** The id of the corrections-log entry: `<date>-<dataset>-<row>-<field>`, shortened, with `-b`, `-c`… when taken. */
export function correctionId(request: Pick<CorrectionRequest, 'date' | 'dataset' | 'row' | 'field'>, taken: ReadonlySet<string>): string {
  return freeId(slugify(`${request.date}-${request.dataset}-${request.row}-${request.field}`, 90), taken);
}
