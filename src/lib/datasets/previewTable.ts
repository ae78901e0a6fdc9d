// The table a dataset page previews its rows in, and what <sortable-table> (client/sortableTable.ts) reads of it:
// each heading's sort type (data-type) and each cell's raw value (data-value). components/data/DataPreviewTable.astro
// renders the table from buildPreviewTable; the client sorts with readSortType and compareSortValues.
import type { SiteLanguage } from '../../schemas/common.ts';
import { formatNumber } from '../format.ts';
import type { PublishedRow } from './datasetFiles.ts';

/** Rows shown in a dataset page's table; larger datasets are previewed, and their files hold every row. */
export const PREVIEW_ROWS = 1000;

/** How <sortable-table> compares a column's cells: as numbers or as text (its heading's data-type). */
export type SortType = 'number' | 'text';

/** One cell of the preview. */
export interface PreviewCell {
  /** What the cell sorts by (its data-value): the raw value, so 1,000 sorts after 999 in any language; '' when not reported. */
  sortValue: string;
  /** What the reader sees: numbers in the reader's format, lists joined, not reported left empty. */
  display: string;
  /** The address the cell links to (the source_url column), or null. */
  link: string | null;
  /** True when the text is shown in the page's language (a reporter's name translated), whatever its column's language. */
  translated?: true;
}

/** Per column, the name of a text value in the page's language, or undefined when it has none (reporters' names). */
export type ValueNames = Readonly<Record<string, (value: string) => string | undefined>>;

/** The preview of a dataset's rows as the page renders it. */
export interface PreviewTable {
  /**
   * Each column's CSV name, its heading in the page language, how it sorts, and the language its text values are in:
   * codes, ids and research notes are English, `*_az` columns Azerbaijani, numbers none.
   */
  columns: Array<{ name: string; label: string; type: SortType; textLanguage: SiteLanguage | null }>;
  rows: PreviewCell[][];
  /** Rows in the table, and in the dataset. */
  shown: number;
  total: number;
}

/** What a cell shows. */
function display(value: PublishedRow[string], lang: SiteLanguage): string {
  return value === null ? '' : Array.isArray(value) ? value.join('; ') : typeof value === 'number' ? formatNumber(value, lang) : value;
}

/** What a cell sorts by. */
function sortValue(value: PublishedRow[string]): string {
  return value === null ? '' : Array.isArray(value) ? value.join(';') : String(value);
}

/**
 * The first `limit` rows of a dataset as a sortable table, headed by each column's label in the page language: columns
 * with a number in any row sort as numbers. A column without a label is a mistake of the caller and throws.
 */
export function buildPreviewTable(
  columns: readonly string[],
  rows: readonly PublishedRow[],
  lang: SiteLanguage,
  labels: Readonly<Record<string, string>>,
  limit = PREVIEW_ROWS,
  names: ValueNames = {},
): PreviewTable {
  const numeric = new Set(columns.filter((column) => rows.some((row) => typeof row[column] === 'number')));
  const shown = rows.slice(0, limit);
  const label = (name: string) => {
    const text = labels[name];
    if (!text) throw new Error(`The preview has no label for the column "${name}": give every field a title in both languages`);
    return text;
  };
  return {
    columns: columns.map((name) => ({
      name,
      label: label(name),
      type: numeric.has(name) ? 'number' : 'text',
      textLanguage: numeric.has(name) ? null : name.endsWith('_az') ? 'az' : 'en',
    })),
    rows: shown.map((row) =>
      columns.map((column) => {
        const value = row[column] ?? null;
        const name = typeof value === 'string' ? names[column]?.(value) : undefined;
        if (name !== undefined) return { sortValue: name, display: name, link: null, translated: true };
        return { sortValue: sortValue(value), display: display(value, lang), link: column === 'source_url' && typeof value === 'string' ? value : null };
      }),
    ),
    shown: shown.length,
    total: rows.length,
  };
}

/** A heading's sort type as the browser reads it back from its data-type; anything but "number" sorts as text. */
export function readSortType(value: string | undefined): SortType {
  return value === 'number' ? 'number' : 'text';
}

/** Compares two cells' data-values in the given order; cells not reported ('') always go last. */
export function compareSortValues(x: string, y: string, type: SortType, direction: 'ascending' | 'descending'): number {
  if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
  const order = type === 'number' ? Number(x) - Number(y) : x.localeCompare(y);
  return direction === 'ascending' ? order : -order;
}
