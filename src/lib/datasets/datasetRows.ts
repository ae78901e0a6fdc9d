import Papa from 'papaparse';
import { isCalendarDate, isPartialDate } from '../dates.ts';
import type { Dataset, DatasetField, DatasetRow } from '../../schemas/dataset.ts';
import type { ContentIssue } from '../contentIssue.ts';
import { nearest, notAllowed } from '../suggest.ts';

type Value = string | number | string[] | null | undefined;

/** The spreadsheet row number of the row at `index` in a CSV file with one header row. */
export const csvRowNumber = (index: number) => index + 2;

/** Why `value` does not fit `field`, or null when it does. */
export function checkValue(field: DatasetField, value: Value): string | null {
  if (value === undefined) return 'is missing (leave the cell empty when the source does not report it)';
  if (value === null) return field.constraints.required ? 'is required but the cell is empty' : null;
  const { minimum, enum: allowed } = field.constraints;
  switch (field.type) {
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        const text = String(value);
        const hint =
          /^\d{1,3}([,. ]\d{3})+$/.test(text) || /^\d+,\d+$/.test(text)
            ? ': write digits only, with a decimal point and no thousands separators (e.g. 1234.5)'
            : '';
        return `must be a number, got "${text}"${hint}`;
      }
      if (field.type === 'integer' && !Number.isInteger(value)) return `must be a whole number, got ${value}`;
      if (minimum !== undefined && value < minimum) return `must be at least ${minimum}, got ${value}`;
      return null;
    }
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? null : `must be a real date written YYYY-MM-DD, got "${String(value)}"`;
    case 'partial-date':
      return typeof value === 'string' && isPartialDate(value) ? null : `must be a real date written YYYY, YYYY-MM or YYYY-MM-DD, got "${String(value)}"`;
    case 'list': {
      if (!Array.isArray(value)) return `must be a list of values, got ${JSON.stringify(value)}`;
      const outside = allowed ? value.filter((item) => !allowed.includes(item)) : [];
      return outside.length ? outside.map((item) => notAllowed(item, allowed!)).join('; ') : null;
    }
    case 'string': {
      if (typeof value !== 'string') return `must be text, got ${JSON.stringify(value)}`;
      if (value.trim() === '') return 'is blank (leave the cell empty when the source does not report it)';
      return allowed && !allowed.includes(value) ? notAllowed(value, allowed) : null;
    }
  }
}

/** Where one row came from, for messages: the file and how a reader finds the row in it. */
export interface RowPlace {
  file: string;
  /** e.g. `clearance-reports: row 12 (month-2021-04-01-2021-04-30)`. */
  entry: string;
}

/** The message place of the row at `index` of a dataset's CSV file. */
export function csvRowPlace(id: string, file: string, index: number, key: unknown): RowPlace {
  return { file, entry: `${id}: row ${csvRowNumber(index)}${typeof key === 'string' && key ? ` (${key})` : ''}` };
}

/** A cell as the field's type reads it: empty → null (a list: no items), numbers as numbers, lists split at ";". */
export function readCell(field: DatasetField | undefined, cell: string): Value {
  if (cell === '') return field?.type === 'list' ? [] : null;
  if (!field) return cell;
  switch (field.type) {
    case 'integer':
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(cell.trim()) ? Number(cell) : cell;
    case 'list':
      return cell
        .split(';')
        .map((item) => item.trim())
        .filter(Boolean);
    default:
      return cell;
  }
}

/**
 * Reads a dataset's CSV rows (UTF-8, a header row of field names plus `source`) into typed rows, and checks that the
 * text is well-formed CSV with exactly the dataset's columns. Cells are checked against the fields by checkDatasetRows.
 */
export function parseDatasetCsv(id: string, file: string, text: string, fields: readonly DatasetField[]): { rows: DatasetRow[]; issues: ContentIssue[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const issues: ContentIssue[] = [];
  for (const error of parsed.errors) {
    const row = error.row === undefined ? '' : ` in row ${error.row + 1}`;
    issues.push({ file, entry: id, field: '', message: `is not valid CSV${row}: ${error.message}. Fix this first: the rows after it cannot be read` });
  }
  if (issues.length) return { rows: [], issues };
  const [header = [], ...records] = parsed.data;
  const expected = [...fields.map((field) => field.name), 'source'];
  const missing = expected.filter((name) => !header.includes(name));
  const unknown = header.filter((name) => !expected.includes(name));
  for (const name of missing) issues.push({ file, entry: `${id}: row 1 (header)`, field: name, message: `column is missing from the header row` });
  for (const name of unknown) {
    const close = nearest(name, expected);
    issues.push({
      file,
      entry: `${id}: row 1 (header)`,
      field: name,
      message: `is not one of the dataset's fields${close.length ? `; did you mean "${close[0]}"?` : ''}`,
    });
  }
  if (issues.length) return { rows: [], issues };
  const byName = new Map(fields.map((field) => [field.name, field]));
  const rows = records.map((record, index) => {
    if (record.length !== header.length) {
      const key = record[header.indexOf(fields[0]!.name)];
      issues.push({
        ...csvRowPlace(id, file, index, key),
        field: '',
        message: `has ${record.length} cells but the header has ${header.length}: check for a missing or extra comma`,
      });
    }
    return Object.fromEntries(header.map((name, column) => [name, readCell(byName.get(name), record[column] ?? '')])) as DatasetRow;
  });
  return { rows, issues };
}

/** Checks every row of a dataset against its fields: types, constraints, unique keys, qualifiers beside their numbers. */
export function checkDatasetRows(
  dataset: Pick<Dataset, 'fields' | 'primaryKey'>,
  rows: readonly DatasetRow[],
  placeOf: (index: number, key: unknown) => RowPlace,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Map<string, Map<unknown, number>>();
  const byName = new Map(dataset.fields.map((field) => [field.name, field]));
  rows.forEach((row, index) => {
    const key = row[dataset.primaryKey];
    const place = placeOf(index, key);
    const report = (field: string, message: string) => issues.push({ ...place, field, message });
    if (typeof row.source !== 'string' || !row.source) report('source', 'is empty: every row needs the id of its source in content/sources/');
    for (const field of dataset.fields) {
      const value = row[field.name];
      const problem = checkValue(field, value);
      if (problem) report(field.name, problem);
      const mustBeUnique = field.constraints.unique || field.name === dataset.primaryKey;
      if (mustBeUnique && value !== null && value !== undefined) {
        const values = seen.get(field.name) ?? new Map<unknown, number>();
        const first = values.get(value);
        if (first !== undefined) {
          const hint = field.name === dataset.primaryKey ? ': give this row the next free letter (-b, -c), never renumber the other' : '';
          report(field.name, `repeats "${String(value)}", already in ${placeOf(first, value).entry}; each value must be unique${hint}`);
        } else values.set(value, index);
        seen.set(field.name, values);
      }
      if (field.qualifiedBy && byName.has(field.qualifiedBy)) {
        const wording = row[field.qualifiedBy];
        if (value !== null && value !== undefined && (wording === null || wording === undefined)) {
          report(field.qualifiedBy, `is empty but ${field.name} is ${JSON.stringify(value)}: write exact, about or more-than as the source worded it`);
        } else if (value === null && wording !== null && wording !== undefined) {
          report(field.qualifiedBy, `is "${String(wording)}" but ${field.name} is empty: leave both empty, or fill in the number`);
        }
      }
    }
    if (key === null || key === undefined) report(dataset.primaryKey, 'is the key column and must have a value');
  });
  return issues;
}
