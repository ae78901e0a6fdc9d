import type { SiteLanguage, Qualifier } from '../schemas/common.ts';
import type { Dataset, DatasetRow } from '../schemas/dataset.ts';
import { formatNumber, formatQualified } from './format.ts';
import { qualifierOf } from './qualifier.ts';

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
  datasets: ReadonlyMap<string, { data: Pick<Dataset, 'primaryKey' | 'fields' | 'qualifies'>; rows: readonly DatasetRow[] }>,
  lang: SiteLanguage,
): ResolvedStat {
  const dataset = datasets.get(reference.dataset);
  if (!dataset) throw new StatError(`dataset "${reference.dataset}" does not exist`);
  const row = dataset.rows.find((candidate) => candidate[dataset.data.primaryKey] === reference.row);
  if (!row) throw new StatError(`dataset "${reference.dataset}" has no row "${reference.row}"`);
  const field = dataset.data.fields.find((candidate) => candidate.name === reference.field);
  if (!field) throw new StatError(`dataset "${reference.dataset}" has no field "${reference.field}"`);
  const value = row[field.name];
  if (typeof value !== 'number') throw new StatError(`row "${reference.row}" reports no number in "${reference.field}" (it is ${JSON.stringify(value ?? null)})`);
  const qualifier: Qualifier = qualifierOf(dataset.data, row, field.name);
  return { value, display: qualifier === 'exact' ? formatNumber(value, lang) : formatQualified(value, qualifier, lang), unit: field.unit, source: row.source };
}
