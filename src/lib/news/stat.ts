import type { SiteLanguage } from '../../schemas/common.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import { nearest } from '../suggest.ts';
import { formatRowFigure } from '../qualifier.ts';

/** What an article's `<Stat dataset row field />` asks for. */
export interface StatReference {
  dataset: string;
  row: string;
  field: string;
}

/** A figure resolved from a dataset row, ready to show and to link to its source. */
export interface ResolvedStat {
  value: number;
  /** The number as the reader sees it, with the source's qualifier ("about 41,915"). */
  display: string;
  /** Unit of the field (ha, mines…), or null. */
  unit: string | null;
  /** Id of the row's source. */
  source: string;
}

/** Why a `<Stat>` cannot be resolved. */
export class StatError extends Error {}

/**
 * Looks up a figure in a dataset: the row by its key, the field by name. Fails when the dataset, the row or the field
 * does not exist, or when the value is not a number (not reported figures cannot be quoted).
 */
export function resolveStat(
  reference: StatReference,
  datasets: ReadonlyMap<string, Pick<Dataset, 'primaryKey' | 'fields' | 'rows'>>,
  lang: SiteLanguage,
): ResolvedStat {
  const suggest = (value: string, known: Iterable<string>) => {
    const close = nearest(value, known);
    return close.length ? `; did you mean "${close[0]}"?` : '';
  };
  const dataset = datasets.get(reference.dataset);
  if (!dataset) throw new StatError(`dataset "${reference.dataset}" does not exist${suggest(reference.dataset, datasets.keys())}`);
  const row = dataset.rows.find((candidate) => candidate[dataset.primaryKey] === reference.row);
  if (!row) {
    const keys = dataset.rows.map((candidate) => String(candidate[dataset.primaryKey]));
    throw new StatError(`dataset "${reference.dataset}" has no row "${reference.row}"${suggest(reference.row, keys)}`);
  }
  const field = dataset.fields.find((candidate) => candidate.name === reference.field);
  if (!field)
    throw new StatError(
      `dataset "${reference.dataset}" has no field "${reference.field}"${suggest(
        reference.field,
        dataset.fields.map((f) => f.name),
      )}`,
    );
  const value = row[field.name];
  const display = formatRowFigure(dataset.fields, row, field.name, lang);
  if (typeof value !== 'number' || display === null) {
    throw new StatError(
      `row "${reference.row}" reports no number in "${reference.field}" (the cell is ${value === null ? 'empty' : JSON.stringify(value)}): quote a field that has one`,
    );
  }
  return { value, display, unit: field.unit, source: row.source };
}
