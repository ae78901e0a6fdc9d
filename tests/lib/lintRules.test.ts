// The style tools catch what they are there for: each boundary rule and the formatter, on a small sample.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import stylelint from 'stylelint';

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

describe('the colour rule for code', () => {
  it('refuses a raw colour in a string of src/: hex, a colour function or a colour name', async () => {
    expect(await rulesHit("export const ink = '#1b1f24';\n", 'src/lib/sample.ts')).toEqual(['no-restricted-syntax']);
    expect(await rulesHit('export const fill = (alpha: number) => `rgba(0, 0, 0, ${alpha})`;\n', 'src/client/sample.ts')).toEqual(['no-restricted-syntax']);
    expect(await rulesHit("export const paper = 'white';\n", 'src/client/sample.ts')).toEqual(['no-restricted-syntax']);
    expect(await rulesHit('<svg><rect width="6" height="6" fill="#ffffff" /></svg>\n', 'src/components/map/Sample.astro')).toEqual(['no-restricted-syntax']);
  });

  it('lets code name tokens, fragments and entities', async () => {
    expect(
      await rulesHit(
        "export const names = ['--map-bin-1', 'var(--color-accent)', 'url(#no-data-map)', '#main', '#add-event', '&#39;', 'transparent'];\n",
        'src/lib/sample.ts',
      ),
    ).toEqual([]);
  });
});

const STYLELINT_CONFIG = `${ROOT}.config/stylelint.config.mjs`;
/** The rule ids stylelint reports for `code` as if it were the file at `filePath`. */
async function styleRulesHit(code: string, filePath: string): Promise<string[]> {
  const { results } = await stylelint.lint({ code, codeFilename: `${ROOT}${filePath}`, configFile: STYLELINT_CONFIG, cwd: ROOT });
  return results.flatMap((result) => result.warnings.map((warning) => warning.rule));
}
const component = (css: string) => `<p class="note">Note</p>\n\n<style>\n${css}\n</style>\n`;

describe('the style rules', () => {
  it('refuse a raw colour in a component <style> and in a .css file', async () => {
    expect(await styleRulesHit(component('@layer components {\n  .note {\n    color: #4a5562;\n  }\n}'), 'src/components/Sample.astro')).toEqual([
      'color-no-hex',
    ]);
    expect(await styleRulesHit('.note {\n  border-color: #c9d1d9;\n}\n', 'src/styles/base.css')).toEqual(['color-no-hex']);
    expect(await styleRulesHit('.note {\n  color: white;\n  background: rgb(0 0 0 / 50%);\n}\n', 'src/styles/base.css')).toEqual([
      'color-named',
      'function-disallowed-list',
    ]);
  });

  it('let tokens.css write colours, and everything else use them', async () => {
    expect(await styleRulesHit(':root {\n  --color-muted: #4a5562;\n  --paper: white;\n}\n', 'src/styles/tokens.css')).toEqual([]);
    expect(
      await styleRulesHit(
        component('@layer components {\n  .note {\n    color: var(--color-muted);\n    background: transparent;\n  }\n}'),
        'src/components/Sample.astro',
      ),
    ).toEqual([]);
  });

  it('refuse a component <style> block outside a declared cascade layer', async () => {
    expect(await styleRulesHit(component('.note {\n  color: var(--color-muted);\n}'), 'src/components/Sample.astro')).toEqual(['house/styles-in-layers']);
    expect(await styleRulesHit(component('@layer component {\n  .note {\n    color: var(--color-muted);\n  }\n}'), 'src/pages/sample.astro')).toEqual([
      'house/styles-in-layers',
    ]);
    expect(
      await styleRulesHit(
        component(
          '@layer components {\n  .note {\n    color: var(--color-muted);\n  }\n}\n@layer print {\n  @media print {\n    .note {\n      display: none;\n    }\n  }\n}',
        ),
        'src/layouts/Sample.astro',
      ),
    ).toEqual([]);
  });

  it('refuse !important, in print rules and anywhere else', async () => {
    expect(
      await styleRulesHit(
        component('@layer print {\n  @media print {\n    .note {\n      display: block !important;\n    }\n  }\n}'),
        'src/components/Sample.astro',
      ),
    ).toEqual(['declaration-no-important']);
    expect(await styleRulesHit('@media print {\n  .site-header nav {\n    display: none !important;\n  }\n}\n', 'src/styles/print.css')).toEqual([
      'declaration-no-important',
    ]);
  });
});

describe('the formatter', () => {
  it('reports code that is not in the house format', async () => {
    const options = { ...(await prettier.resolveConfig(`${ROOT}src/lib/sample.ts`)), filepath: `${ROOT}src/lib/sample.ts` };
    expect(await prettier.check('export const a = {b:1}\n', options)).toBe(false);
    expect(await prettier.check('export const a = { b: 1 };\n', options)).toBe(true);
  });
});
