// Reads and schema-checks content/ through ContentFiles, so the build (loadContent.ts, from disk) and the editor's
// check in the browser (from the published content with the saved files) run the same code.
import picomatch from 'picomatch/posix.js';
import { parse as parseYaml } from 'yaml';
import type { ZodType } from 'astro/zod';
import { datasetFileSchema, type Dataset, type DatasetFile, type DatasetRow } from '../schemas/dataset.ts';
import { newsSchema } from '../schemas/news.ts';
import { pageSchema } from '../schemas/page.ts';
import { slug, type SiteLanguage } from '../schemas/common.ts';
import { CONTENT_FOLDER, DATASETS_FOLDER, JSON_COLLECTIONS, NEWS_FOLDER, NEWS_PATTERN, PAGES_FOLDER, PAGES_PATTERN } from './collections.ts';
import { fileId, filesIn, type ContentFiles } from './contentFiles.ts';
import { formatPath, type ContentIssue } from './contentIssue.ts';
import { splitFrontMatter } from './frontMatter.ts';
import type { ContentBundle, DatasetEntry, Entry, FailedIds } from './contentBundle.ts';
import { checkDatasetRows, csvRowPlace, parseDatasetCsv } from './datasets/datasetRows.ts';
import { checkSnapshots } from './datasets/releaseSnapshots.ts';
import { eventRows } from './timeline/eventRows.ts';
import { filterRows } from './rowFilters.ts';
import { notAllowed, unknownValue } from './suggest.ts';

/** What readContent found: the entries that passed their own checks, every problem, and the ids of those that did not. */
export interface LoadedContent {
  content: ContentBundle;
  issues: ContentIssue[];
  failed: FailedIds;
}

/**
 * Reads and schema-checks everything under content/, dataset rows included; returns what parsed and every problem.
 * `compileMdx` throws on a text that is not valid MDX, its message starting "line:column:".
 */
export function readContent(files: ContentFiles, compileMdx: (body: string) => void): LoadedContent {
  const issues: ContentIssue[] = [];
  const dir = CONTENT_FOLDER;
  const failed = Object.fromEntries(
    ['sources', 'places', 'events', 'datasets', 'news', 'charts', 'pages', 'glossary', 'corrections', 'tags'].map((name) => [name, new Set<string>()]),
  ) as FailedIds;
  const load = <T>(collection: keyof FailedIds, schema: ZodType<T>) =>
    filesIn(files, `${dir}/${collection}`, ['.json']).flatMap((file) => {
      const id = fileId(file, '.json');
      const raw = readJson(files.read(file)!, file, id, issues);
      const entries = raw === undefined ? [] : check(schema, raw, file, id, issues);
      if (!entries.length) failed[collection].add(id);
      return entries;
    });
  const sources = load('sources', JSON_COLLECTIONS.sources);
  const events = load('events', JSON_COLLECTIONS.events);
  const loadMdx = <T extends { lang: SiteLanguage }>(collection: 'news' | 'pages', folder: string, pattern: string, schema: ZodType<T>) => {
    const base = `${dir}/${folder}`;
    const kind = collection === 'news' ? 'article' : 'page';
    const matches = picomatch(pattern);
    return files
      .list(base)
      .map((path) => path.slice(base.length + 1))
      .filter((name) => matches(name))
      .flatMap((name) => {
        const entries = loadMdxEntry(files, base, name, { schema, kind, compileMdx }, issues);
        if (!entries.length) failed[collection].add(name.replace(/\.mdx?$/, ''));
        return entries;
      });
  };
  const news = loadMdx('news', NEWS_FOLDER, NEWS_PATTERN, newsSchema);
  const datasetFiles = load(DATASETS_FOLDER, datasetFileSchema);
  const datasets = resolveDatasets(files, datasetFiles, { events, sources }, issues, failed.datasets);
  return {
    content: {
      sources,
      places: load('places', JSON_COLLECTIONS.places),
      events,
      datasets,
      news,
      charts: load('charts', JSON_COLLECTIONS.charts),
      pages: loadMdx('pages', PAGES_FOLDER, PAGES_PATTERN, pageSchema),
      glossary: load('glossary', JSON_COLLECTIONS.glossary),
      corrections: load('corrections', JSON_COLLECTIONS.corrections),
      tags: load('tags', JSON_COLLECTIONS.tags),
    },
    issues,
    failed,
  };
}

/**
 * Gives every dataset its rows: read from its CSV file and checked cell by cell, made from the events, or selected by
 * rule from its parent (whose fields and key it shares). A dataset whose own rows fail is left out and marked failed,
 * so what refers to it gets no second message.
 */
function resolveDatasets(
  contentFiles: ContentFiles,
  files: Entry<DatasetFile>[],
  collections: Pick<ContentBundle, 'events' | 'sources'>,
  issues: ContentIssue[],
  failed: Set<string>,
): DatasetEntry[] {
  const resolved = new Map<string, DatasetEntry>();
  for (const { id, file, data } of files) {
    if (data.selection) continue;
    const { fields, primaryKey, ...metadata } = data;
    const table = { fields: fields!, primaryKey: primaryKey! };
    if (data.generatedFrom === 'events') {
      const rows = eventRows(collections.events, new Map(collections.sources.map((source) => [source.id, source])));
      resolved.set(id, { id, file, data: { ...metadata, ...table, rows }, rowsFrom: 'events', rowPlace: () => ({ file, entry: id }) });
      continue;
    }
    const csvFile = `${CONTENT_FOLDER}/${DATASETS_FOLDER}/${id}.csv`;
    const csvText = contentFiles.read(csvFile);
    if (csvText === undefined) {
      issues.push({ file, entry: id, field: '', message: `has no rows: add ${csvFile} (a header row of the field names and "source", then one line per row)` });
      failed.add(id);
      continue;
    }
    const { rows, issues: csvIssues } = parseDatasetCsv(id, csvFile, csvText, table.fields);
    const rowPlace = (index: number) => csvRowPlace(id, csvFile, index, rows[index]?.[table.primaryKey]);
    const cellIssues = csvIssues.length ? csvIssues : checkDatasetRows(table, rows, rowPlace);
    if (cellIssues.length) {
      issues.push(...cellIssues);
      failed.add(id);
      continue;
    }
    const snapshotIssues = checkSnapshots(
      { id, file, version: data.version, changelog: data.changelog },
      (path) => contentFiles.read(path),
      keptVersions(contentFiles, id),
    );
    if (snapshotIssues.length) {
      issues.push(...snapshotIssues);
      failed.add(id);
      continue;
    }
    resolved.set(id, { id, file, data: { ...metadata, ...table, rows }, rowsFrom: 'csv', rowPlace });
  }
  for (const { id, file, data } of files) {
    if (!data.selection) continue;
    const { from, filters } = data.selection;
    const parent = resolved.get(from);
    if (!parent) {
      const known = files.filter((candidate) => !candidate.data.selection).map((candidate) => candidate.id);
      if (!failed.has(from)) issues.push({ file, entry: id, field: 'selection.from', message: unknownValue(from, 'dataset id to select from', known) });
      failed.add(id);
      continue;
    }
    const names = parent.data.fields.map((field) => field.name);
    const unknown = filters.flatMap((filter, index) =>
      names.includes(filter.field)
        ? []
        : [{ file, entry: id, field: `selection.filters[${index}].field`, message: unknownValue(filter.field, `field of "${from}"`, names) }],
    );
    if (unknown.length) {
      issues.push(...unknown);
      failed.add(id);
      continue;
    }
    const parentRows = parent.data.rows;
    const rows: DatasetRow[] = filterRows(parentRows, filters);
    const dataset: Dataset = { ...data, fields: parent.data.fields, primaryKey: parent.data.primaryKey, rows };
    resolved.set(id, { id, file, data: dataset, rowsFrom: 'selection', rowPlace: (index) => parent.rowPlace(parentRows.indexOf(rows[index]!)) });
  }
  return files.flatMap(({ id }) => resolved.get(id) ?? []);
}

/** The versions frozen in content/datasets/releases/<id>/ (src/lib/datasets/releaseSnapshots.ts). */
function keptVersions(files: ContentFiles, id: string): string[] {
  return filesIn(files, `${CONTENT_FOLDER}/${DATASETS_FOLDER}/releases/${id}`, ['.csv']).map((path) => fileId(path, '.csv'));
}

function readJson(text: string, file: string, entry: string, issues: ContentIssue[]): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    issues.push({
      file,
      entry,
      field: '',
      message: `is not valid JSON (${jsonErrorPlace(text, error as Error)}). Fix this first: nothing else in the file can be checked until it reads`,
    });
    return undefined;
  }
}

/** "line 12, column 5: Expected ',' or '}'…", from the parser's message (which may give a position or a line). */
function jsonErrorPlace(text: string, error: Error): string {
  const message = error.message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(error.message);
  if (lineColumn) return `line ${lineColumn[1]}, column ${lineColumn[2]}: ${message}`;
  const position = /at position (\d+)/.exec(error.message);
  if (!position) return message;
  const before = text.slice(0, Number(position[1])).split('\n');
  return `line ${before.length}, column ${before.at(-1)!.length + 1}: ${message}`;
}

function check<T>(schema: ZodType<T>, raw: unknown, file: string, id: string, issues: ContentIssue[]): Entry<T>[] {
  const idCheck = slug.safeParse(id);
  if (!idCheck.success) issues.push({ file, entry: id, field: '', message: `file name ${idCheck.error.issues[0]!.message}` });
  const result = schema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      issues.push({ file, entry: id, field: formatPath(issue.path), message: describe(issue, valueAt(raw, issue.path)) });
    }
    return [];
  }
  return [{ id, file, data: result.data }];
}

function valueAt(raw: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), raw);
}

/** Zod's message with the bad value quoted, the unknown keys named, and the nearest allowed value where there is a list. */
function describe(issue: { code: string; message: string; keys?: string[]; values?: unknown[]; options?: unknown[] }, value: unknown): string {
  if (issue.code === 'unrecognized_keys' && issue.keys) return `has unknown field(s) ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && value === undefined) return 'is required but missing';
  const allowed = (issue.values ?? issue.options)?.map(String);
  if (allowed && typeof value === 'string') return notAllowed(value, allowed);
  const shown = value === undefined || value === '' ? '' : ` (got ${JSON.stringify(value)?.slice(0, 80)})`;
  return `${issue.message}${shown}`;
}

/** One MDX file (an article or a page): its front matter checked by `schema`, its text compiled, its folder its language. */
function loadMdxEntry<T extends { lang: SiteLanguage }>(
  files: ContentFiles,
  dir: string,
  name: string,
  { schema, kind, compileMdx }: { schema: ZodType<T>; kind: 'article' | 'page'; compileMdx: (body: string) => void },
  issues: ContentIssue[],
) {
  const file = `${dir}/${name}`;
  const id = name.replace(/\.mdx?$/, '');
  const text = files.read(file)!;
  const split = splitFrontMatter(text);
  if (!split) {
    issues.push({ file, entry: id, field: '', message: 'has no front matter between --- lines at the top' });
    return [];
  }
  let raw: unknown;
  try {
    raw = parseYaml(split.yaml);
  } catch (error) {
    issues.push({ file, entry: id, field: '', message: `front matter is not valid YAML: ${(error as Error).message}` });
    return [];
  }
  const { body } = split;
  const bodyLine = text.slice(0, text.length - body.length).split('\n').length;
  try {
    // A tag left open or a stray { stops here, with the line, not in the middle of a build.
    compileMdx(body);
  } catch (error) {
    const place = /^(\d+):(\d+):\s*/.exec((error as Error).message);
    const line = place ? bodyLine + Number(place[1]) - 1 : bodyLine;
    issues.push({ file, entry: id, field: `text on line ${line}`, message: `is not valid MDX: ${(error as Error).message.replace(/^\d+:\d+:\s*/, '')}` });
    return [];
  }
  const entries = check(schema, raw, file, id.slice(id.lastIndexOf('/') + 1), issues).map((entry) => ({ ...entry, id, body, bodyLine }));
  const folder = id.split('/')[0];
  for (const entry of entries) {
    if (entry.data.lang !== folder) {
      issues.push({ file, entry: id, field: 'lang', message: `is "${entry.data.lang}" but the ${kind} is in the "${folder}" folder` });
    }
  }
  return entries;
}
