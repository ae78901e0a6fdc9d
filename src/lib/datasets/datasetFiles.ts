import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { strToU8, zipSync } from 'fflate';
import type { Dataset, DatasetField, DatasetRow } from '../../schemas/dataset.ts';
import type { Source } from '../../schemas/source.ts';
import { toCsv, type CsvValue } from '../csv.ts';

/** Columns every published file adds to a row so it stands on its own: where the figures were read. */
export const SOURCE_COLUMNS = ['source_url', 'source_publisher', 'source_date'] as const;

/** A published row: the dataset's columns plus the source columns; lists stay lists, not reported stays null. */
export type PublishedRow = Record<string, string | number | string[] | null>;

/** The dataset's columns in file order, source columns last. */
export function publishedColumns(dataset: Pick<Dataset, 'fields'>): string[] {
  return [...dataset.fields.map((field) => field.name), ...SOURCE_COLUMNS];
}

/** Rows with the cited source spelled out (address, publisher, date) in place of its id. */
export function publishedRows(dataset: Pick<Dataset, 'fields'>, rows: readonly DatasetRow[], sources: ReadonlyMap<string, { data: Source }>): PublishedRow[] {
  return rows.map((row) => {
    const source = sources.get(row.source);
    if (!source) throw new Error(`Row cites unknown source "${row.source}"`);
    const published: PublishedRow = {};
    for (const field of dataset.fields) published[field.name] = row[field.name] ?? null;
    published.source_url = source.data.url;
    published.source_publisher = source.data.publisher;
    published.source_date = source.data.published;
    return published;
  });
}

/** How a value is written in CSV: lists joined with ";", not reported as an empty cell, numbers with a decimal point. */
export function csvCell(value: PublishedRow[string]): CsvValue {
  return Array.isArray(value) ? value.join(';') : value;
}

/** The CSV file of a dataset (UTF-8, RFC 4180, header row). */
export function datasetCsv(columns: readonly string[], rows: readonly PublishedRow[]): string {
  return toCsv(
    columns,
    rows.map((row) => Object.fromEntries(columns.map((column) => [column, csvCell(row[column] ?? null)]))),
  );
}

/** Byte length and SHA-256 (hex) of a file's UTF-8 text or bytes (in Node and in the editor's browser check alike). */
export function fingerprint(content: string | Uint8Array): { bytes: number; sha256: string } {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { bytes: bytes.byteLength, sha256: bytesToHex(sha256(bytes)) };
}

const TABLE_TYPES: Record<DatasetField['type'], string> = {
  string: 'string',
  integer: 'integer',
  number: 'number',
  date: 'date',
  'partial-date': 'string',
  list: 'string',
};

/** A Frictionless Table Schema for the CSV: types, constraints, the key and how "not reported" is written. */
export function tableSchema(dataset: Pick<Dataset, 'fields' | 'primaryKey'>) {
  const fields = dataset.fields.map((field) => {
    const notes =
      field.type === 'list' ? ' Several values are separated by ";".' : field.type === 'partial-date' ? ' Written YYYY, YYYY-MM or YYYY-MM-DD.' : '';
    const { required, unique, minimum, enum: allowed } = field.constraints;
    const constraints = {
      ...(required ? { required: true } : {}),
      ...(unique ? { unique: true } : {}),
      ...(minimum !== undefined ? { minimum } : {}),
      ...(allowed && field.type !== 'list' ? { enum: allowed } : {}),
    };
    return {
      name: field.name,
      type: TABLE_TYPES[field.type],
      ...(field.type === 'partial-date' ? { format: 'default' } : {}),
      description: `${field.description.en}${notes}${field.unit ? ` Unit: ${field.unit}.` : ''}`,
      ...(Object.keys(constraints).length ? { constraints } : {}),
    };
  });
  return {
    fields: [
      ...fields,
      {
        name: 'source_url',
        type: 'string',
        format: 'uri',
        description: "Address of the page the row's figures were read from.",
        constraints: { required: true },
      },
      { name: 'source_publisher', type: 'string', description: 'Outlet or body that published that page.', constraints: { required: true } },
      { name: 'source_date', type: 'string', description: 'Publication date shown on that page (YYYY, YYYY-MM or YYYY-MM-DD); empty when it shows none.' },
    ],
    primaryKey: dataset.primaryKey,
    missingValues: [''],
  };
}

/** One file inside the everything-zip. */
export interface ZipEntry {
  name: string;
  content: string;
}

/**
 * A zip of the given files with a fixed modification time, so the same content always gives the same bytes
 * (and the published hash stays true across builds).
 */
export function reproducibleZip(entries: readonly ZipEntry[], modified: Date): Uint8Array {
  const files = Object.fromEntries(entries.map(({ name, content }) => [name, [strToU8(content), { mtime: modified }] as const]));
  return zipSync(files as Parameters<typeof zipSync>[0], { level: 9 });
}
