import type { Qualifier, SiteLanguage } from '../schemas/common.ts';
import type { DatasetField, DatasetRow } from '../schemas/dataset.ts';
import { formatQualified } from './format.ts';

const WORDINGS: ReadonlySet<string> = new Set<Qualifier>(['exact', 'about', 'more-than']);

/**
 * How the source worded one number of a row: the value of the column the field names in `qualifiedBy`, or exact when
 * the field has no such column. The one place the site decides whether a number reads "about" or "more than".
 */
export function qualifierOf<Row extends object = DatasetRow>(
  fields: readonly Pick<DatasetField, 'name' | 'qualifiedBy'>[],
  row: Row,
  field: string,
): Qualifier {
  const column = fields.find((candidate) => candidate.name === field)?.qualifiedBy;
  const wording = column ? (row as Record<string, unknown>)[column] : null;
  return typeof wording === 'string' && WORDINGS.has(wording) ? (wording as Qualifier) : 'exact';
}

/** A row's number as a reader sees it, with the source's wording ("about 249,000", "12"); null when none was reported. */
export function formatRowFigure<Row extends object = DatasetRow>(
  fields: readonly Pick<DatasetField, 'name' | 'qualifiedBy'>[],
  row: Row,
  field: keyof Row & string,
  lang: SiteLanguage,
): string | null {
  const value = row[field];
  return typeof value === 'number' ? formatQualified(value, qualifierOf(fields, row, field), lang) : null;
}
