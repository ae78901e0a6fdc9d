import { isCalendarDate, isPartialDate } from './dates.ts';
import type { Dataset, DatasetField, DatasetRow } from '../schemas/dataset.ts';
import type { ContentIssue } from './contentIssue.ts';

type Value = string | number | string[] | null | undefined;

/** Why `value` does not fit `field`, or null when it does. */
export function checkValue(field: DatasetField, value: Value): string | null {
  if (value === undefined) return 'is missing (write null when the source does not report it)';
  if (value === null) return field.constraints.required ? 'is required but is null' : null;
  const { minimum, enum: allowed } = field.constraints;
  switch (field.type) {
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `must be a number, got ${JSON.stringify(value)}`;
      if (field.type === 'integer' && !Number.isInteger(value)) return `must be a whole number, got ${value}`;
      if (minimum !== undefined && value < minimum) return `must be at least ${minimum}, got ${value}`;
      return null;
    }
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? null : `must be a real date written YYYY-MM-DD, got ${JSON.stringify(value)}`;
    case 'partial-date':
      return typeof value === 'string' && isPartialDate(value)
        ? null
        : `must be a real date written YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`;
    case 'list': {
      if (!Array.isArray(value)) return `must be a list of values, got ${JSON.stringify(value)}`;
      const outside = allowed ? value.filter((item) => !allowed.includes(item)) : [];
      return outside.length ? `has ${JSON.stringify(outside)}, not one of ${allowed!.join(', ')}` : null;
    }
    case 'string': {
      if (typeof value !== 'string') return `must be text, got ${JSON.stringify(value)}`;
      if (value.trim() === '') return 'is empty text (write null when the source does not report it)';
      return allowed && !allowed.includes(value) ? `is "${value}", not one of ${allowed.join(', ')}` : null;
    }
  }
}

/** Checks every row of a dataset against its fields: no missing or unknown columns, types, constraints, unique keys. */
export function checkDatasetRows(id: string, file: string, dataset: Dataset, rows: readonly DatasetRow[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const known = new Set(dataset.fields.map((field) => field.name).concat('source'));
  const seen = new Map<string, Set<unknown>>();
  rows.forEach((row, index) => {
    const key = row[dataset.primaryKey];
    const entry = `${id}: row ${index + 1}${typeof key === 'string' ? ` (${key})` : ''}`;
    for (const name of Object.keys(row)) {
      if (!known.has(name)) issues.push({ file, entry, field: `rows[${index}].${name}`, message: 'is not one of the dataset\'s fields' });
    }
    for (const field of dataset.fields) {
      const value = row[field.name];
      const problem = checkValue(field, value);
      if (problem) issues.push({ file, entry, field: `rows[${index}].${field.name}`, message: problem });
      const mustBeUnique = field.constraints.unique || field.name === dataset.primaryKey;
      if (mustBeUnique && value !== null && value !== undefined) {
        const values = seen.get(field.name) ?? new Set();
        if (values.has(value)) issues.push({ file, entry, field: `rows[${index}].${field.name}`, message: `repeats ${JSON.stringify(value)}, which must be unique` });
        values.add(value);
        seen.set(field.name, values);
      }
    }
    if (key === null || key === undefined) {
      issues.push({ file, entry, field: `rows[${index}].${dataset.primaryKey}`, message: 'is the key column and must have a value' });
    }
  });
  return issues;
}
