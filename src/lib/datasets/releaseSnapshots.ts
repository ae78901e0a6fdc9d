// Old versions of a dataset stay downloadable: when a version is replaced, its published CSV is frozen in
// content/datasets/releases/<id>/<version>.csv and its SHA-256 written on the version's changelog entry. The build
// serves the frozen bytes at /data/<id>/<version>/<id>.csv and refuses a file that no longer matches its hash.
import type { ContentIssue } from '../contentIssue.ts';
import type { ChangelogEntry, DatasetMetadata } from './datasetVersion.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import type { Source } from '../../schemas/source.ts';
import { datasetCsv, fingerprint, publishedColumns, publishedRows } from './datasetFiles.ts';

/** Where a frozen version's CSV is kept, from the project's root. */
export function snapshotFile(id: string, version: string): string {
  return `content/datasets/releases/${id}/${version}.csv`;
}

/** Where a version's CSV is published on the site (the current version's too). */
export function versionCsvPath(id: string, version: string): string {
  return `/data/${id}/${version}/${id}.csv`;
}

/**
 * The metadata with its current version marked frozen (the CSV's SHA-256 on that changelog entry) and the file to
 * write; call it before raising the version (withChangelogEntry), with the CSV the site publishes now.
 */
export function freezeCurrentVersion<M extends DatasetMetadata>(id: string, metadata: M, publishedCsv: string): { metadata: M; file: string; content: string } {
  const { sha256 } = fingerprint(publishedCsv);
  const changelog = metadata.changelog.map((entry) => (entry.version === metadata.version ? { ...entry, sha256 } : entry));
  return { metadata: { ...metadata, changelog }, file: snapshotFile(id, metadata.version), content: publishedCsv };
}

/**
 * Problems with a dataset's frozen versions: a version with a hash whose file is missing or whose bytes changed, a
 * frozen file no changelog entry claims, a hash on the current version. `read` gives a snapshot's text or undefined.
 */
export function checkSnapshots(
  dataset: { id: string; file: string; version: string; changelog: readonly ChangelogEntry[] },
  read: (file: string) => string | undefined,
  keptVersions: readonly string[],
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  dataset.changelog.forEach((entry, index) => {
    if (!entry.sha256) return;
    const field = `changelog[${index}].sha256`;
    const file = snapshotFile(dataset.id, entry.version);
    if (entry.version === dataset.version) {
      issues.push({
        file: dataset.file,
        entry: dataset.id,
        field,
        message: `is set on the current version ${entry.version}: only a replaced version is frozen; remove it`,
      });
      return;
    }
    const content = read(file);
    if (content === undefined) {
      issues.push({
        file: dataset.file,
        entry: dataset.id,
        field,
        message: `says version ${entry.version} is kept, but ${file} is missing: restore it from git (git log -- ${file})`,
      });
      return;
    }
    const actual = fingerprint(content).sha256;
    if (actual !== entry.sha256) {
      issues.push({
        file,
        entry: dataset.id,
        field: '',
        message: `has SHA-256 ${actual} but ${dataset.file} records ${entry.sha256} for version ${entry.version}: a published version never changes; restore the file from git (git checkout -- ${file})`,
      });
    }
  });
  const claimed = new Set(dataset.changelog.filter((entry) => entry.sha256).map((entry) => entry.version));
  for (const version of keptVersions) {
    if (!claimed.has(version))
      issues.push({
        file: snapshotFile(dataset.id, version),
        entry: dataset.id,
        field: '',
        message: `is not claimed by any changelog entry of ${dataset.file}: set that version's "sha256", or remove the file`,
      });
  }
  return issues;
}

/** The CSV the site publishes for a dataset now (what freezeCurrentVersion keeps when the version is raised). */
export function currentPublishedCsv(dataset: Pick<Dataset, 'fields' | 'rows'>, sources: ReadonlyArray<{ id: string; data: Source }>): string {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return datasetCsv(publishedColumns(dataset), publishedRows(dataset, dataset.rows, byId));
}
