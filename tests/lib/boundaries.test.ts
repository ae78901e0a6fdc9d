// The house rule that keeps one way into the content: pages and components never read collections themselves.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
/** Files allowed to read collections: the data modules and the collections' own definition. */
const READERS = /^(data\/|content\.config\.ts$)/;

/** Each file under src/ that imports a value (not only types) from astro:content, with the names it imports. */
function collectionReaders(files: Array<{ path: string; text: string }>): string[] {
  return files.flatMap(({ path, text }) =>
    [...text.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+'astro:content'/g)]
      .filter((match) => !match[1] && match[2]!.split(',').some((name) => name.trim() && !name.trim().startsWith('type ')))
      .map(() => path),
  );
}

function sourceFiles(dir: string): Array<{ path: string; text: string }> {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|astro|mjs)$/.test(name))
    .map((name) => ({ path: relative(SRC, join(dir, name)), text: readFileSync(join(dir, name), 'utf8') }));
}

describe('collections are read only in src/data/', () => {
  it('catches a page that reads a collection itself, and lets type imports through', () => {
    const samples = [
      { path: 'pages/x.astro', text: "---\nimport { getCollection } from 'astro:content';\n---" },
      { path: 'components/y.astro', text: "import type { CollectionEntry } from 'astro:content';" },
      { path: 'components/z.astro', text: "import { type CollectionEntry } from 'astro:content';" },
    ];
    expect(collectionReaders(samples)).toEqual(['pages/x.astro']);
  });

  it('holds in src/', () => {
    const offenders = collectionReaders(sourceFiles(SRC)).filter((path) => !READERS.test(path));
    expect(offenders, 'read collections through src/data/ (getEntries, getEntryById, getDataset…)').toEqual([]);
  });
});
