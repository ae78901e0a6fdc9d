import Papa from 'papaparse';
// What changed between two versions of a dataset's published file: rows matched by the primary key, so a row whose
// key appears only in the newer file is added, only in the older one removed, and in both with other cells changed.

/** One row of a published file as read from its CSV: every cell as written. */
export type CsvRecord = Readonly<Record<string, string>>;

/** One cell that differs between the two versions of a row; a column only one file has counts as an empty cell. */
export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

export interface ChangedRow {
  key: string;
  changes: FieldChange[];
}

export interface RowDiff {
  /** Rows of the newer file whose key the older file lacks, in the newer file's order. */
  added: CsvRecord[];
  /** Rows of the older file whose key the newer file lacks, in the older file's order. */
  removed: CsvRecord[];
  /** Rows in both files with at least one cell changed, in the newer file's order; fields in column order. */
  changed: ChangedRow[];
}

function byKey(rows: readonly CsvRecord[], key: string, which: string): Map<string, CsvRecord> {
  const map = new Map<string, CsvRecord>();
  rows.forEach((row, index) => {
    const value = row[key];
    if (value === undefined || value === '') throw new Error(`Row ${index + 1} of the ${which} file has no "${key}" (the primary key)`);
    if (map.has(value)) throw new Error(`The ${which} file has two rows with ${key} "${value}": the primary key must be unique`);
    map.set(value, row);
  });
  return map;
}

/** The rows added, removed and changed from `older` to `newer`, matched by the column `key`. */
export function rowDiff(older: readonly CsvRecord[], newer: readonly CsvRecord[], key: string): RowDiff {
  const before = byKey(older, key, 'older');
  const after = byKey(newer, key, 'newer');
  const added = newer.filter((row) => !before.has(row[key]!));
  const removed = older.filter((row) => !after.has(row[key]!));
  const changed: ChangedRow[] = [];
  for (const row of newer) {
    const previous = before.get(row[key]!);
    if (!previous) continue;
    const fields = [...new Set([...Object.keys(row), ...Object.keys(previous)])];
    const changes = fields.map((field) => ({ field, from: previous[field] ?? '', to: row[field] ?? '' })).filter((change) => change.from !== change.to);
    if (changes.length) changed.push({ key: row[key]!, changes });
  }
  return { added, removed, changed };
}

/** The rows of a published CSV (header row first), every cell as text. */
export function readCsvRecords(text: string): CsvRecord[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`Cannot read a published CSV: ${parsed.errors[0]!.message} (row ${parsed.errors[0]!.row})`);
  return parsed.data;
}

/**
 * What a kept version changed against the version before it, or undefined when that version's file is not kept (or
 * the version is the first). `versions` are newest first, each with its CSV text when kept.
 */
export function releaseDiff(versions: ReadonlyArray<{ version: string; csv?: { content: string } }>, version: string, key: string): RowDiff | undefined {
  const index = versions.findIndex((entry) => entry.version === version);
  const current = versions[index]?.csv;
  const previous = versions[index + 1]?.csv;
  if (!current || !previous) return undefined;
  return rowDiff(readCsvRecords(previous.content), readCsvRecords(current.content), key);
}
