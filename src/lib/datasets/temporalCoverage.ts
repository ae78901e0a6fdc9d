// The time a dataset's rows cover, as an ISO 8601 interval for its JSON-LD `temporalCoverage`.
import type { DatasetField } from '../../schemas/dataset.ts';
import type { PublishedRow } from './datasetFiles.ts';

/** First and last day a date written YYYY, YYYY-MM or YYYY-MM-DD covers. */
function daysOf(value: string): { first: string; last: string } {
  const [year, month, day] = value.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (day !== undefined) return { first: value, last: value };
  if (month !== undefined) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { first: `${value}-01`, last: `${value}-${String(last).padStart(2, '0')}` };
  }
  return { first: `${value}-01-01`, last: `${value}-12-31` };
}

const DATE_VALUE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * `start/end` from the earliest to the latest value of the dataset's date and partial-date fields, each end written as
 * its row wrote it (`2021-06/2025-03-09`, `2020/2024`); undefined when the dataset has no dated value.
 */
export function temporalCoverage(fields: ReadonlyArray<Pick<DatasetField, 'name' | 'type'>>, rows: readonly PublishedRow[]): string | undefined {
  const dateFields = fields.filter((field) => field.type === 'date' || field.type === 'partial-date').map((field) => field.name);
  let start: { value: string; day: string } | undefined;
  let end: { value: string; day: string } | undefined;
  for (const row of rows) {
    for (const name of dateFields) {
      const value = row[name];
      if (typeof value !== 'string' || !DATE_VALUE.test(value)) continue;
      const { first, last } = daysOf(value);
      if (!start || first < start.day) start = { value, day: first };
      if (!end || last > end.day) end = { value, day: last };
    }
  }
  return start && end ? `${start.value}/${end.value}` : undefined;
}
