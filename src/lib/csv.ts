import Papa from 'papaparse';

/** A CSV cell: text, a number, or null for "not reported" (written as an empty cell, never 0). */
export type CsvValue = string | number | null;

/**
 * RFC 4180 CSV (comma, CRLF line ends, quotes only where needed) with a header row, written by papaparse so no
 * quoting is done by hand. Numbers keep a decimal point whatever the locale.
 */
export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, CsvValue>>): string {
  const data = rows.map((row) => columns.map((column) => row[column] ?? null));
  return `${Papa.unparse({ fields: [...columns], data }, { newline: '\r\n', quotes: false, header: true })}\r\n`;
}
