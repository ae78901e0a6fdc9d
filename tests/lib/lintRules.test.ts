// The style tools catch what they are there for: each boundary rule and the formatter, on a small sample.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: '.config/eslint.config.mjs' });

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
async function rulesHit(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

describe('lint rules that keep the layout', () => {
  it('refuse a page that reads a collection itself, but allow type imports', async () => {
    expect(
      await rulesHit(
        "---\nimport { getCollection } from 'astro:content';\nconst all = await getCollection('events');\n---\n<p>{all.length}</p>\n",
        'src/pages/sample.astro',
      ),
    ).toContain('no-restricted-imports');
    expect(
      await rulesHit("import type { CollectionEntry } from 'astro:content';\nexport type Event = CollectionEntry<'events'>;\n", 'src/components/sample.ts'),
    ).toEqual([]);
  });

  it('let src/data/ read collections', async () => {
    expect(await rulesHit("import { getCollection } from 'astro:content';\nexport const all = () => getCollection('events');\n", 'src/data/sample.ts')).toEqual(
      [],
    );
  });

  it('keep src/lib/ pure: no astro: modules, no DOM', async () => {
    expect(
      await rulesHit("import { getCollection } from 'astro:content';\nexport const all = () => getCollection('events');\n", 'src/lib/sample.ts'),
    ).toContain('no-restricted-imports');
    expect(await rulesHit('export const title = () => document.title;\n', 'src/lib/sample.ts')).toContain('no-restricted-globals');
  });

  it('keep unit tests on synthetic fixtures: the real content is read in tests/content/', async () => {
    const sample = "import { realContent } from '../helpers/realContent.ts';\nexport const all = realContent();\n";
    expect(await rulesHit(sample, 'tests/lib/sample.test.ts')).toContain('no-restricted-imports');
    expect(await rulesHit(sample, 'tests/content/sample.test.ts')).toEqual([]);
  });

  it('refuse a component that imports a browser module in its front matter', async () => {
    expect(
      await rulesHit("---\nimport { mount } from '../../client/drawChart.ts';\nvoid mount;\n---\n<div></div>\n", 'src/components/charts/Sample.astro'),
    ).toContain('no-restricted-imports');
  });
});

describe('the formatter', () => {
  it('reports code that is not in the house format', async () => {
    const options = { ...(await prettier.resolveConfig(`${ROOT}src/lib/sample.ts`)), filepath: `${ROOT}src/lib/sample.ts` };
    expect(await prettier.check('export const a = {b:1}\n', options)).toBe(false);
    expect(await prettier.check('export const a = { b: 1 };\n', options)).toBe(true);
  });
});
