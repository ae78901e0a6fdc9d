import { z } from 'astro/zod';
import { bilingualText, isoDate, qualifier, slug, versionNumber } from './common.ts';
import { rowFilter } from './rowFilter.ts';

/** Column types a dataset field can have. */
export const fieldType = z.enum(['string', 'integer', 'number', 'date', 'partial-date', 'list']);
export type FieldType = z.infer<typeof fieldType>;

/** Units a dataset column can count in. */
export const fieldUnit = z.enum(['ha', 'people', 'mines', 'items', 'maps']);
export type FieldUnit = z.infer<typeof fieldUnit>;

/**
 * The columns that name who reported, estimated or claimed a figure. Pages show the body's name in the reader's
 * language (src/i18n/reporters.ts); the files keep the value as written.
 */
export const REPORTER_COLUMNS: readonly string[] = ['reported_by', 'estimated_by', 'accuracy_claimed_by'];

/** One column of a dataset. */
export const datasetField = z.strictObject({
  /** Column name as it appears in the CSV header (snake_case). */
  name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case: a-z, 0-9 and _'),
  /** The column's short name as readers see it, in both languages: headings of the preview and the field list. */
  title: bilingualText,
  /** `list` columns hold several values (joined with ";" in CSV); `partial-date` is YYYY, YYYY-MM or YYYY-MM-DD. */
  type: fieldType,
  /** Unit of the values; null when the column has none. The site names each unit in both languages (src/i18n/datasets.ts). */
  unit: fieldUnit.nullable(),
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
  /**
   * For a figure (a number, or a range written as text): the column saying how the source worded it (exact, about,
   * more-than). That column has a value exactly when this one has. Left out: the figure is exact as written.
   */
  qualifiedBy: z.string().optional(),
});
export type DatasetField = z.infer<typeof datasetField>;

/** One release of a dataset. */
export const changelogEntry = z.strictObject({
  /** Version number, MAJOR.MINOR.PATCH. */
  version: versionNumber,
  /** Release date. */
  date: isoDate,
  /** What changed, in both languages. */
  changes: bilingualText,
  /**
   * SHA-256 (hex) of this version's published CSV, frozen in content/datasets/releases/<id>/<version>.csv when the next
   * version was made (record:correction and import:report do it); absent for the current version and for versions
   * whose file was not kept. The build refuses a frozen file whose bytes no longer match.
   */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hexadecimal digits (a SHA-256)')
    .optional(),
});

/** A dataset row: values keyed by field name, plus the id of the row's source. */
export const datasetRow = z
  .object({
    /** Id of the source the row's figures come from. */
    source: slug,
  })
  .catchall(z.union([z.string(), z.number(), z.array(z.string()), z.null()]));
export type DatasetRow = z.infer<typeof datasetRow>;

/** A dataset whose rows are the rows of another dataset that meet every condition, in that dataset's order. */
export const datasetSelection = z.strictObject({
  /** Id of the dataset the rows are taken from; its fields and key are this dataset's too. */
  from: slug,
  /** Conditions a row must meet to be selected. */
  filters: z.array(rowFilter).min(1),
});
export type DatasetSelection = z.infer<typeof datasetSelection>;

const describedDataset = {
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
  version: versionNumber,
  /** Date of the last change to the rows or metadata. */
  lastUpdated: isoDate,
  /** Date the rows were last checked against their sources (shown where readers act on them, e.g. phone numbers). */
  lastChecked: isoDate.optional(),
  /** Releases, newest first. */
  changelog: z.array(changelogEntry).min(1),
  /** Rows made from another collection when the site builds (`events`) instead of being written in a CSV file. */
  generatedFrom: z.literal('events').optional(),
  /** Rows taken by rule from another dataset instead of being written in a CSV file. */
  selection: datasetSelection.optional(),
};

/**
 * A dataset's metadata, one file per dataset in `content/datasets/<id>.json`; the file name is its id. Its rows are in
 * `content/datasets/<id>.csv` (a header row of the field names and `source`), unless they are generated from the events
 * or selected from another dataset; a selection takes its fields and key from that dataset.
 */
export const datasetFileSchema = z
  .strictObject({
    ...describedDataset,
    /** Column that identifies a row (unique, required). Left out for a selection. */
    primaryKey: z.string().optional(),
    /** The columns, in CSV order. Left out for a selection. */
    fields: z.array(datasetField).min(1).optional(),
  })
  .superRefine((dataset, ctx) => {
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (dataset.selection) {
      if (dataset.fields) issue(['fields'], `must be left out: a selection has the fields of "${dataset.selection.from}"`);
      if (dataset.primaryKey) issue(['primaryKey'], `must be left out: a selection has the key of "${dataset.selection.from}"`);
      if (dataset.generatedFrom) issue(['generatedFrom'], 'cannot be set together with selection');
    } else {
      if (!dataset.fields) issue(['fields'], 'is required but missing');
      if (!dataset.primaryKey) issue(['primaryKey'], 'is required but missing');
    }
    const names = (dataset.fields ?? []).map((field) => field.name);
    if (dataset.primaryKey && dataset.fields && !names.includes(dataset.primaryKey)) {
      issue(['primaryKey'], `"${dataset.primaryKey}" is not one of the fields (${names.join(', ')})`);
    }
    if (names.includes('source')) issue(['fields'], '"source" is reserved for the row\'s source id');
    for (const [index, field] of (dataset.fields ?? []).entries()) {
      if (!field.qualifiedBy) continue;
      const column = dataset.fields!.find((candidate) => candidate.name === field.qualifiedBy);
      const allowed = new Set<string>(qualifier.options);
      if (!['integer', 'number', 'string'].includes(field.type))
        issue(['fields', index, 'qualifiedBy'], `is set on "${field.name}", which holds no figure (a number, or a range written as text)`);
      if (!column) issue(['fields', index, 'qualifiedBy'], `"${field.qualifiedBy}" is not one of the fields`);
      else if (column.type !== 'string' || !column.constraints.enum?.every((value) => allowed.has(value))) {
        issue(['fields', index, 'qualifiedBy'], `"${field.qualifiedBy}" must be a string field whose enum is drawn from ${qualifier.options.join(', ')}`);
      }
    }
    if (dataset.changelog[0] && dataset.changelog[0].version !== dataset.version) {
      issue(['version'], `is ${dataset.version} but the newest changelog entry is ${dataset.changelog[0].version}; raise both together`);
    }
  });
export type DatasetFile = z.infer<typeof datasetFileSchema>;

/** A dataset as pages read it: its metadata with its fields, key and rows, whatever file or rule they came from. */
export const datasetSchema = z.strictObject({
  ...describedDataset,
  /** Column that identifies a row. */
  primaryKey: z.string(),
  /** The columns, in CSV order. */
  fields: z.array(datasetField).min(1),
  /** The rows; a value not reported is null, never 0. */
  rows: z.array(datasetRow),
});
export type Dataset = z.infer<typeof datasetSchema>;
