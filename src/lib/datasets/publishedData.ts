// The downloadable files of every dataset: its CSV and JSON, the data package and the zip of everything.
// src/data/publishedDatasets.ts builds them once per build; the pages that show their sizes and hashes and the
// endpoints that write them share that one result, so what a page states is what the file contains.
import type { Source } from '../../schemas/source.ts';
import type { DatasetEntry } from '../contentBundle.ts';
import { datasetCsv, fingerprint, publishedColumns, publishedRows, reproducibleZip, tableSchema, type PublishedRow } from './datasetFiles.ts';
import { versionCsvPath } from './releaseSnapshots.ts';

/** A file as published: where it is, what it holds, how big it is and its SHA-256. */
export interface PublishedFile<T extends string | Uint8Array = string> {
  path: string;
  content: T;
  bytes: number;
  sha256: string;
}

/** A dataset with its published rows and files. */
export interface PublishedDataset {
  id: string;
  entry: PublishableDataset;
  columns: string[];
  rows: PublishedRow[];
  /** The sources its rows cite with how many rows cite each, the most cited first. */
  sources: Array<{ id: string; rows: number }>;
  csv: PublishedFile;
  json: PublishedFile;
  /** Every version, newest first, with its CSV at its own address (/data/<id>/<version>/<id>.csv) when it was kept. */
  versions: DatasetVersion[];
}

/** One version of a dataset as its page lists it; `csv` is absent for a version whose file was not kept. */
export interface DatasetVersion {
  version: string;
  date: string;
  changes: Record<'en' | 'az', string>;
  csv?: PublishedFile;
}

/** The frozen CSV of a replaced version (content/datasets/releases/<id>/<version>.csv), or undefined when not kept. */
export type ReadSnapshot = (id: string, version: string) => string | undefined;

/** A dataset as the collection gives it: its id and its metadata with its rows. */
type PublishableDataset = Pick<DatasetEntry, 'id' | 'data'>;

/** Every published dataset with its files, the data package and the zip. */
export interface PublishedData {
  datasets: PublishedDataset[];
  dataPackage: PublishedFile;
  zip: PublishedFile<Uint8Array>;
}

/** Name of the zip with every CSV, the data package, a README and the licence. */
export const ZIP_NAME = 'mine-action-azerbaijan-data.zip';

function file<T extends string | Uint8Array>(path: string, content: T): PublishedFile<T> {
  return { path, content, ...fingerprint(content) };
}

/** Every dataset's files (datasets in id order) plus the data package and the zip; `site` is the public address. */
export function buildPublishedData(
  datasetEntries: readonly PublishableDataset[],
  sourcesById: ReadonlyMap<string, { data: Source }>,
  site: string | URL,
  readSnapshot: ReadSnapshot,
): PublishedData {
  const entries = [...datasetEntries].sort((a, b) => a.id.localeCompare(b.id));
  const datasets = entries.map((entry): PublishedDataset => {
    const { data } = entry;
    const raw = data.rows;
    const columns = publishedColumns(data);
    const rows = publishedRows(data, raw, sourcesById);
    const { rows: _omitted, generatedFrom: _generated, selection: _selection, ...metadata } = data;
    const csv = file(`/data/${entry.id}.csv`, datasetCsv(columns, rows));
    const versions = data.changelog.map(({ version, date, changes }): DatasetVersion => {
      const content = version === data.version ? csv.content : readSnapshot(entry.id, version);
      return { version, date, changes, ...(content === undefined ? {} : { csv: file(versionCsvPath(entry.id, version), content) }) };
    });
    return {
      id: entry.id,
      entry,
      columns,
      rows,
      sources: countRowsBySource(raw.map((row) => row.source)),
      csv,
      versions,
      json: file(`/data/${entry.id}.json`, `${JSON.stringify({ id: entry.id, ...metadata, columns, rows }, null, 2)}\n`),
    };
  });

  const descriptor = {
    profile: 'tabular-data-package',
    name: 'mine-action-azerbaijan',
    title: 'Mine Action Azerbaijan: open data on humanitarian mine clearance since November 2020',
    description:
      'Figures on mine clearance, casualties, contamination estimates, minefield-map handovers, public safety guidance and a timeline of events in Azerbaijan, each row with the source it was read from.',
    // The profile's `uri` format wants an absolute address.
    homepage: new URL('/data/', site).href,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    resources: datasets.map(({ id, entry, csv, sources: cited }) => ({
      name: id,
      path: `${id}.csv`,
      profile: 'tabular-data-resource',
      title: entry.data.title.en,
      description: entry.data.description.en,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: csv.bytes,
      hash: `sha256:${csv.sha256}`,
      schema: tableSchema(entry.data),
      licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
      sources: cited.map(({ id: sourceId }) => {
        const source = sourcesById.get(sourceId)!.data;
        return { title: `${source.publisher}: ${source.title}`, path: source.url };
      }),
      version: entry.data.version,
      lastUpdated: entry.data.lastUpdated,
    })),
  };
  const dataPackage = file('/data/datapackage.json', `${JSON.stringify(descriptor, null, 2)}\n`);

  const newest = entries
    .map((entry) => entry.data.lastUpdated)
    .sort()
    .at(-1)!;
  const zip = file(
    `/data/${ZIP_NAME}`,
    reproducibleZip(
      [
        ...datasets.map(({ id, csv }) => ({ name: `${id}.csv`, content: csv.content })),
        { name: 'datapackage.json', content: dataPackage.content },
        { name: 'README.md', content: zipReadme(datasets) },
        { name: 'LICENSE.md', content: LICENCE_TEXT },
      ],
      new Date(`${newest}T00:00:00Z`),
    ),
  );
  return { datasets, dataPackage, zip };
}

/** Rows per source id, the most cited first (ties by id). */
function countRowsBySource(ids: readonly string[]): Array<{ id: string; rows: number }> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].map(([id, rows]) => ({ id, rows })).sort((a, b) => b.rows - a.rows || a.id.localeCompare(b.id));
}

function zipReadme(datasets: PublishedDataset[]): string {
  const lines = datasets.map(
    ({ id, entry, rows }) =>
      `- \`${id}.csv\`: ${entry.data.title.en}, version ${entry.data.version} (${entry.data.lastUpdated}), ${rows.length} rows. ${entry.data.description.en}`,
  );
  return [
    '# Mine Action Azerbaijan: data',
    '',
    'Open data on humanitarian mine clearance in Azerbaijan since the ceasefire of 10 November 2020.',
    'Every row names the page its figures were read from (source_url, source_publisher, source_date).',
    'An empty cell means the source did not report the value; it never means zero. Lists are separated by ";".',
    "Read each dataset's method and caveats on its page under /data/ before comparing figures: series of different scope must not be joined.",
    '',
    '## Files',
    '',
    ...lines,
    "- `datapackage.json`: Frictionless Tabular Data Package describing every column, with each file's size and SHA-256.",
    '',
    '## Licence',
    '',
    "Our compilation is published under Creative Commons Attribution 4.0 (see LICENSE.md). The original reports remain their publishers'; check a publisher's own terms before reusing its text.",
    '',
  ].join('\n');
}

const LICENCE_TEXT = [
  '# Licence',
  '',
  'The datasets in this archive, compiled by Mine Action Azerbaijan, are licensed under the Creative Commons Attribution 4.0 International licence (CC BY 4.0).',
  '',
  'You may share and adapt them for any purpose, provided you give appropriate credit (name Mine Action Azerbaijan and the original reporter, link to the licence, and say if you made changes).',
  '',
  'Full legal code: https://creativecommons.org/licenses/by/4.0/legalcode',
  '',
  "The figures were first published by the bodies and outlets named in each row; their own pages remain under their publishers' terms.",
  '',
].join('\n');
