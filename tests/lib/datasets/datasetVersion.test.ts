import { describe, expect, it } from 'vitest';
import { nextVersion, withChangelogEntry } from '../../../src/lib/datasets/datasetVersion.ts';

describe('dataset versions', () => {
  it('raises the minor number for new rows (patch back to 0) and the patch number for a corrected value', () => {
    expect(nextVersion('2.1.3', 'minor')).toBe('2.2.0');
    expect(nextVersion('1.9.0', 'minor')).toBe('1.10.0');
    expect(nextVersion('2.1.3', 'patch')).toBe('2.1.4');
    expect(nextVersion('1.9.9', 'patch')).toBe('1.9.10');
  });

  it('puts the entry first in the changelog, sets version and lastUpdated from it, and keeps every other key in its place', () => {
    const older = { version: '1.0.0', date: '2025-01-01', changes: { en: 'First.', az: 'İlk.' } };
    const metadata = { title: 'kept', version: '1.0.0', lastUpdated: '2025-01-01', changelog: [older], license: 'CC-BY-4.0' };
    const entry = { version: '1.1.0', date: '2026-02-03', changes: { en: 'Added a row.', az: 'Sətir əlavə edildi.' } };
    const updated = withChangelogEntry(metadata, entry);
    expect(updated).toEqual({ title: 'kept', version: '1.1.0', lastUpdated: '2026-02-03', changelog: [entry, older], license: 'CC-BY-4.0' });
    expect(Object.keys(updated)).toEqual(['title', 'version', 'lastUpdated', 'changelog', 'license']);
    expect(metadata.changelog).toEqual([older]); // the metadata read is not changed
  });
});
