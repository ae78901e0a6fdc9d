import type { Qualifier } from '../schemas/common.ts';
import type { Dataset, DatasetRow } from '../schemas/dataset.ts';

/**
 * How the source worded one number of a row: the row's `qualifier` when it describes that field (see the dataset's
 * `qualifies`: the first group of fields with a value in the row), otherwise exact, as written.
 */
export function qualifierOf(dataset: Pick<Dataset, 'qualifies'>, row: DatasetRow, field: string): Qualifier {
  const wording = row.qualifier === 'about' || row.qualifier === 'more-than' ? row.qualifier : 'exact';
  const group = (dataset.qualifies ?? []).find((fields) => fields.some((name) => typeof row[name] === 'number'));
  return group?.includes(field) ? wording : 'exact';
}
