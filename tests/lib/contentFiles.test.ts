import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFilesInMemory, fileId, filesIn } from '../../src/lib/contentFiles.ts';
import { contentFilesOnDisk } from '../../src/lib/contentFilesOnDisk.ts';

const TREE = {
  'content/events/b.json': '{"b":1}',
  'content/events/a.json': '{"a":1}',
  'content/datasets/x.csv': 'k\n1\n',
  'content/datasets/releases/x/1.0.0.csv': 'k\n0\n',
  'content/news/en/one.mdx': '---\n---\n',
};

describe('content files', () => {
  it('lists a folder with its subfolders in path order, and reads a file or undefined', () => {
    const files = contentFilesInMemory(TREE);
    expect(files.list('content/events')).toEqual(['content/events/a.json', 'content/events/b.json']);
    expect(files.list('content/datasets')).toEqual(['content/datasets/releases/x/1.0.0.csv', 'content/datasets/x.csv']);
    expect(files.list('content/event')).toEqual([]);
    expect(files.read('content/events/a.json')).toBe('{"a":1}');
    expect(files.read('content/events/c.json')).toBeUndefined();
  });

  it('lays the files a save writes over the others', () => {
    const files = contentFilesInMemory(TREE, [
      { path: 'content/events/a.json', content: '{"a":2}' },
      { path: 'content/events/0.json', content: '{}' },
    ]);
    expect(files.read('content/events/a.json')).toBe('{"a":2}');
    expect(files.list('content/events')).toEqual(['content/events/0.json', 'content/events/a.json', 'content/events/b.json']);
  });

  it('reads the same listing from disk, with "/" between folders', () => {
    const root = mkdtempSync(join(tmpdir(), 'content-files-'));
    try {
      for (const [path, text] of Object.entries(TREE)) {
        mkdirSync(join(root, path, '..'), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      const disk = contentFilesOnDisk(root);
      const memory = contentFilesInMemory(TREE);
      for (const folder of ['content', 'content/events', 'content/datasets', 'content/news', 'content/none'])
        expect(disk.list(folder)).toEqual(memory.list(folder));
      expect(disk.read('content/datasets/x.csv')).toBe('k\n1\n');
      expect(disk.read('content/datasets/y.csv')).toBeUndefined();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('picks the files directly in a folder by extension, and names them without it', () => {
    const files = contentFilesInMemory(TREE);
    expect(filesIn(files, 'content/datasets', ['.csv'])).toEqual(['content/datasets/x.csv']);
    expect(filesIn(files, 'content/events', ['.csv'])).toEqual([]);
    expect(fileId('content/datasets/releases/x/1.0.0.csv', '.csv')).toBe('1.0.0');
    expect(fileId('content/events/a.json', '.json')).toBe('a');
  });
});
