import { z } from 'astro/zod';
import { bilingualText, isoDate, slug } from './common.ts';

/** Column types a dataset field can have. */
export const fieldType = z.enum(['string', 'integer', 'number', 'date', 'partial-date', 'list']);
export type FieldType = z.infer<typeof fieldType>;

/** One column of a dataset. */
export const datasetField = z.strictObject({
  /** Column name as it appears in the CSV header (snake_case). */
  name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case: a-z, 0-9 and _'),
  /** `list` columns hold several values (joined with ";" in CSV); `partial-date` is YYYY, YYYY-MM or YYYY-MM-DD. */
  type: fieldType,
  /** Unit of the values (ha, people, mines…); null when the column has none. */
  unit: z.string().min(1).nullable(),
  /** What the column holds, in both languages. */
  description: bilingualText,
  /** Rules each value must meet (Frictionless Table Schema names). */
  constraints: z
    .strictObject({
      /** Every row must have a value (null is refused). */
      required: z.boolean().optional(),
      /** Values must be unique across rows. */
      unique: z.boolean().optional(),
      /** Smallest allowed number. */
      minimum: z.number().optional(),
      /** Closed list of allowed values (for `list`, of each item). */
      enum: z.array(z.string()).min(1).optional(),
    })
    .default({}),
  /** Values are ids of another collection, checked when the site builds. `other` is always allowed for districts. */
  references: z.enum(['districts', 'events']).optional(),
});
export type DatasetField = z.infer<typeof datasetField>;

/** One release of a dataset. */
export const changelogEntry = z.strictObject({
  /** Version number, MAJOR.MINOR.PATCH. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be MAJOR.MINOR.PATCH'),
  /** Release date. */
  date: isoDate,
  /** What changed, in both languages. */
  changes: bilingualText,
});

/** A dataset row: values keyed by field name, plus the id of the row's source. */
export const datasetRow = z
  .object({
    /** Id of the source the row's figures come from. */
    source: slug,
  })
  .catchall(z.union([z.string(), z.number(), z.array(z.string()), z.null()]));
export type DatasetRow = z.infer<typeof datasetRow>;

/**
 * A dataset, one file per dataset in `content/datasets/<id>.json`; the file name is its id.
 * Rows are checked against `fields` when the site builds (types, required, enum, minimum, references).
 */
export const datasetSchema = z
  .strictObject({
    /** Name in both languages. */
    title: bilingualText,
    /** What the dataset holds, in both languages. */
    description: bilingualText,
    /** Scope, qualifiers, flags and known gaps, in plain words, in both languages. */
    method: bilingualText,
    /** Licence of our compilation (SPDX id). */
    licence: z.literal('CC-BY-4.0'),
    /** How often new rows are expected. */
    updateFrequency: z.enum(['weekly', 'monthly', 'quarterly', 'annually', 'irregular']),
    /** Current version, MAJOR.MINOR.PATCH; it must match the newest changelog entry. */
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be MAJOR.MINOR.PATCH'),
    /** Date of the last change to the rows or metadata. */
    lastUpdated: isoDate,
    /** Date the rows were last checked against their sources (shown where readers act on them, e.g. phone numbers). */
    lastChecked: isoDate.optional(),
    /** Releases, newest first. */
    changelog: z.array(changelogEntry).min(1),
    /** Column that identifies a row (unique, required). */
    primaryKey: z.string(),
    /**
     * Which numbers the row's `qualifier` (exact, about, more-than) describes: groups of fields, and it applies to the
     * first group with a value in that row (clearance: the area if given, else the counts). Left out: numbers are exact.
     */
    qualifies: z.array(z.array(z.string()).min(1)).optional(),
    /** When the rows are a selection of another dataset: that dataset's id; shared columns must match it. */
    selectedFrom: slug.optional(),
    /** The columns, in CSV order. */
    fields: z.array(datasetField).min(1),
    /** Rows made from another collection when the site builds (`events`) instead of being written here. */
    generatedFrom: z.literal('events').optional(),
    /** The data; a value not reported is null, never 0. Omitted when `generatedFrom` is set. */
    rows: z.array(datasetRow).min(1).optional(),
  })
  .superRefine((dataset, ctx) => {
    const names = dataset.fields.map((field) => field.name);
    if (!names.includes(dataset.primaryKey)) {
      ctx.addIssue({ code: 'custom', path: ['primaryKey'], message: `"${dataset.primaryKey}" is not one of the fields` });
    }
    if (dataset.generatedFrom ? dataset.rows : !dataset.rows) {
      ctx.addIssue({
        code: 'custom',
        path: ['rows'],
        message: dataset.generatedFrom ? `must be left out: the rows are made from the ${dataset.generatedFrom}` : 'is required but missing',
      });
    }
    for (const [group, fields] of (dataset.qualifies ?? []).entries()) {
      for (const field of fields) {
        if (!names.includes(field)) ctx.addIssue({ code: 'custom', path: ['qualifies', group], message: `"${field}" is not one of the fields` });
      }
    }
    if (dataset.qualifies && !names.includes('qualifier')) {
      ctx.addIssue({ code: 'custom', path: ['qualifies'], message: 'is set but the dataset has no "qualifier" field' });
    }
    if (names.includes('source')) {
      ctx.addIssue({ code: 'custom', path: ['fields'], message: '"source" is reserved for the row\'s source id' });
    }
    if (dataset.changelog[0] && dataset.changelog[0].version !== dataset.version) {
      ctx.addIssue({
        code: 'custom',
        path: ['version'],
        message: `is ${dataset.version} but the newest changelog entry is ${dataset.changelog[0].version}`,
      });
    }
  });

export type Dataset = z.infer<typeof datasetSchema>;
