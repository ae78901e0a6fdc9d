// Every interface string is used by the site: a key that no file in src/ reads is a text nobody sees, left to drift
// out of date in two languages. The scan is textual: a key counts as used where src/ writes `.key` or `['key']`.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StringTree } from '../../src/i18n/defineStrings.ts';
import { ui } from '../../src/i18n/ui.ts';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/**
 * Groups whose keys are picked at run time, never written out, with where the key comes from. Their members are
 * exempt from the scan; the group itself must still be used.
 */
const DYNAMIC_GROUPS: Record<string, string> = {
  nav: 'strings.nav[key], the keys of NAV_SECTIONS in src/i18n/nav.ts',
  flags: "strings.flags[flag], an event's flags",
  categories: "strings.categories[category], an event's category",
  languages: "strings.languages[language], a source's language",
  frequencies: "strings.frequencies[…], a dataset's updateFrequency",
  fieldTypes: "strings.fieldTypes[…], a dataset field's type",
  units: "strings.units[field.unit], a dataset field's unit",
  sourceColumns: 'strings.sourceColumns[name], the SOURCE_COLUMNS of src/lib/datasets/datasetFiles.ts',
  credits: "words.credits[kind], a publisher's credit phrase (src/lib/sources/publisherName.ts)",
  editionLanguages: "words.languages[code], an edition's language (src/lib/sources/publisherName.ts)",
  'chart.fields': 'words.fields[name], a table column or "scope:<value>" (src/lib/charts/chartModel.ts)',
  'chart.flags': "words.flags[flag], a dataset row's flags (src/lib/charts/chartModel.ts)",
  searchTranslations: 'handed whole to Pagefind, which reads its own keys (src/pages/[...lang]/search/index.astro)',
};

/** Every key path of a strings tree ("chart", "chart.year"…), not descending into the dynamic groups. */
function keyPaths(tree: StringTree, dynamic: ReadonlySet<string>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = `${prefix}${key}`;
    return typeof value === 'string' || dynamic.has(path) ? [path] : [path, ...keyPaths(value, dynamic, `${path}.`)];
  });
}

/** The key paths whose last key no source text reads as `.key` or `['key']`. */
function unusedKeys(tree: StringTree, sources: readonly string[], dynamic: ReadonlySet<string>): string[] {
  const code = sources.join('\n');
  return keyPaths(tree, dynamic).filter((path) => {
    const key = path
      .split('.')
      .at(-1)!
      .replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
    return !new RegExp(`\\.${key}(?![\\w-])|\\[['"]${key}['"]\\]`).test(code);
  });
}

/** The code of src/: every .ts and .astro file but the modules that declare the strings. */
function siteCode(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|astro)$/.test(name))
    .map((name) => readFileSync(join(SRC, name), 'utf8'))
    .filter((text) => !text.includes('defineStrings({'));
}

describe('the interface strings', () => {
  const dynamic = new Set(Object.keys(DYNAMIC_GROUPS));

  it('are each read somewhere in src/', () => {
    expect(unusedKeys(ui.en, siteCode(), dynamic)).toEqual([]);
  });

  it('name only dynamic groups that exist', () => {
    const groups = new Set(keyPaths(ui.en, new Set()));
    expect([...dynamic].filter((path) => !groups.has(path))).toEqual([]);
  });

  it('scan finds a key nothing reads, and accepts property and bracket reads', () => {
    const tree = { title: 'T', unread: 'U', nav: { home: 'H' }, chart: { year: 'Y', spare: 'S' } };
    const code = ["<h1>{strings.title}</h1>{strings.nav[key]}{strings['chart'].year}", 'const unreadable = 1;'];
    expect(unusedKeys(tree, code, new Set(['nav']))).toEqual(['unread', 'chart.spare']);
  });
});
