import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkSnapshots, freezeCurrentVersion, snapshotFile, versionCsvPath } from '../../../src/lib/datasets/releaseSnapshots.ts';

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const changes = { en: 'x', az: 'y' };
const CSV = 'id,value\r\na,1\r\n';

describe('freezeCurrentVersion', () => {
  it("writes the current version's CSV beside its hash on that version's changelog entry, and nothing else", () => {
    const metadata = {
      title: 'kept as read',
      version: '1.1.0',
      lastUpdated: '2025-02-01',
      changelog: [
        { version: '1.1.0', date: '2025-02-01', changes },
        { version: '1.0.0', date: '2025-01-01', changes },
      ],
    };
    const frozen = freezeCurrentVersion('area', metadata, CSV);
    expect(frozen.file).toBe('content/datasets/releases/area/1.1.0.csv');
    expect(frozen.content).toBe(CSV);
    expect(frozen.metadata).toEqual({ ...metadata, changelog: [{ ...metadata.changelog[0], sha256: sha(CSV) }, metadata.changelog[1]] });
  });
});

describe('checkSnapshots', () => {
  const dataset = {
    id: 'area',
    file: 'content/datasets/area.json',
    version: '1.1.0',
    changelog: [
      { version: '1.1.0', date: '2025-02-01', changes },
      { version: '1.0.0', date: '2025-01-01', changes, sha256: sha(CSV) },
    ],
  };
  const files = (entries: Record<string, string>) => (file: string) => entries[file];

  it('accepts a kept version whose bytes match', () => {
    expect(checkSnapshots(dataset, files({ [snapshotFile('area', '1.0.0')]: CSV }), ['1.0.0'])).toEqual([]);
  });

  it('refuses a kept file whose bytes changed, naming the file, the hash and the fix', () => {
    const [issue, ...rest] = checkSnapshots(dataset, files({ 'content/datasets/releases/area/1.0.0.csv': `${CSV}b,2\r\n` }), ['1.0.0']);
    expect(rest).toEqual([]);
    expect(issue).toEqual({
      file: 'content/datasets/releases/area/1.0.0.csv',
      entry: 'area',
      field: '',
      message: `has SHA-256 ${sha(`${CSV}b,2\r\n`)} but content/datasets/area.json records ${sha(CSV)} for version 1.0.0: a published version never changes; restore the file from git (git checkout -- content/datasets/releases/area/1.0.0.csv)`,
    });
  });

  it('refuses a missing file, a file no entry claims and a hash on the current version', () => {
    const current = { ...dataset, changelog: [{ ...dataset.changelog[0]!, sha256: sha(CSV) }, dataset.changelog[1]!] };
    const issues = checkSnapshots(current, files({}), ['0.9.0']);
    expect(issues.map((issue) => [issue.file, issue.field, issue.message.split(':')[0]])).toEqual([
      ['content/datasets/area.json', 'changelog[0].sha256', 'is set on the current version 1.1.0'],
      ['content/datasets/area.json', 'changelog[1].sha256', 'says version 1.0.0 is kept, but content/datasets/releases/area/1.0.0.csv is missing'],
      ['content/datasets/releases/area/0.9.0.csv', '', 'is not claimed by any changelog entry of content/datasets/area.json'],
    ]);
  });
});

describe('versionCsvPath', () => {
  it('is a stable address per version', () => {
    expect(versionCsvPath('area', '1.0.0')).toBe('/data/area/1.0.0/area.csv');
  });
});
