import type { DatasetRow } from '../schemas/dataset.ts';
import type { RowFilter } from '../schemas/rowFilter.ts';

/** True when `row` meets the condition. */
export function matchesFilter(row: DatasetRow, filter: RowFilter): boolean {
  const value = row[filter.field] ?? null;
  const target = filter.value;
  switch (filter.op) {
    case 'eq':
      return value === target;
    case 'ne':
      return value !== target;
    case 'in':
      return Array.isArray(target) && typeof value === 'string' && target.includes(value);
    case 'notIn':
      return !(Array.isArray(target) && typeof value === 'string' && target.includes(value));
    case 'gte':
      return value !== null && !Array.isArray(value) && target !== undefined && !Array.isArray(target) && value >= target;
    case 'lte':
      return value !== null && !Array.isArray(value) && target !== undefined && !Array.isArray(target) && value <= target;
    case 'has':
      return Array.isArray(value) && typeof target === 'string' && value.includes(target);
    case 'lacks':
      return !(Array.isArray(value) && typeof target === 'string' && value.includes(target));
    case 'empty':
      return value === null;
    case 'present':
      return value !== null;
    case 'matches':
      return typeof value === 'string' && typeof target === 'string' && new RegExp(target).test(value);
  }
}

/** The rows meeting every condition, in their original order. */
export function filterRows(rows: readonly DatasetRow[], filters: readonly RowFilter[]): DatasetRow[] {
  return rows.filter((row) => filters.every((filter) => matchesFilter(row, filter)));
}
