// A dataset's version and changelog as a change raises them (content/README.md): new rows raise the minor number,
// a corrected value the patch number; each change adds its changelog entry, newest first, and sets lastUpdated.
import type { DatasetFile } from '../../schemas/dataset.ts';

/** The parts of a dataset's metadata file a change rewrites; every other key is written back as it was read. */
export type DatasetMetadata = Record<string, unknown> & Pick<DatasetFile, 'version' | 'lastUpdated' | 'changelog'>;

/** One changelog entry: the version it made, its date and what changed in both languages. */
export type ChangelogEntry = DatasetFile['changelog'][number];

/** The version after a change: `minor` (rows added) `2.1.3` → `2.2.0`, `patch` (a value corrected) `2.1.3` → `2.1.4`. */
export function nextVersion(version: string, step: 'minor' | 'patch'): string {
  const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
  return step === 'minor' ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
}

/** The metadata with `entry` first in its changelog, its version and lastUpdated set from it; other keys kept as read. */
export function withChangelogEntry<M extends DatasetMetadata>(metadata: M, entry: ChangelogEntry): M {
  return { ...metadata, version: entry.version, lastUpdated: entry.date, changelog: [entry, ...metadata.changelog] };
}
