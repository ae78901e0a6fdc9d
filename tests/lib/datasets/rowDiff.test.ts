import { describe, expect, it } from 'vitest';
import { releaseDiff, rowDiff } from '../../../src/lib/datasets/rowDiff.ts';

const older = [
  { id: 'a', count: '1', note: '' },
  { id: 'b', count: '2', note: 'x' },
  { id: 'c', count: '3', note: '' },
];

describe('rowDiff', () => {
  it('lists added, removed and changed rows by key, with each changed cell old and new', () => {
    const newer = [
      { id: 'd', count: '9', note: '' },
      { id: 'c', count: '3', note: '' },
      { id: 'b', count: '5', note: 'y' },
    ];
    expect(rowDiff(older, newer, 'id')).toEqual({
      added: [{ id: 'd', count: '9', note: '' }],
      removed: [{ id: 'a', count: '1', note: '' }],
      changed: [
        {
          key: 'b',
          changes: [
            { field: 'count', from: '2', to: '5' },
            { field: 'note', from: 'x', to: 'y' },
          ],
        },
      ],
    });
  });

  it('finds nothing between identical files, whatever the row order', () => {
    expect(rowDiff(older, [...older].reverse(), 'id')).toEqual({ added: [], removed: [], changed: [] });
  });

  it('counts a column only one version has as an empty cell there', () => {
    const diff = rowDiff([{ id: 'a', count: '1' }], [{ id: 'a', count: '1', unit: 'ha' }], 'id');
    expect(diff.changed).toEqual([{ key: 'a', changes: [{ field: 'unit', from: '', to: 'ha' }] }]);
  });

  it('refuses a file whose key repeats or is missing, naming the file and the key', () => {
    expect(() => rowDiff([{ id: 'a' }, { id: 'a' }], [], 'id')).toThrow('The older file has two rows with id "a"');
    expect(() => rowDiff([], [{ id: '' }], 'id')).toThrow('Row 1 of the newer file has no "id"');
  });
});

describe('releaseDiff', () => {
  const versions = [
    { version: '1.2.0', csv: { content: 'id,count\r\na,1\r\nb,2\r\n' } },
    { version: '1.1.0', csv: { content: 'id,count\r\na,"1"\r\n' } },
    { version: '1.0.0' },
  ];
  it('compares a kept version with the file of the version before it', () => {
    expect(releaseDiff(versions, '1.2.0', 'id')).toEqual({ added: [{ id: 'b', count: '2' }], removed: [], changed: [] });
  });
  it('gives nothing when the version before is not kept, or there is none', () => {
    expect(releaseDiff(versions, '1.1.0', 'id')).toBeUndefined();
    expect(releaseDiff(versions, '1.0.0', 'id')).toBeUndefined();
  });
});
