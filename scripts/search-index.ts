// Builds the Pagefind search index of a built site in two linear passes over its pages, neither holding more than one
// page in memory: first each page that has a search body gets search-only words (other spellings of the places it
// names, its words folded: src/lib/search/searchAliases.ts) written into it as hidden text; then Pagefind's own indexer
// runs over the site in a child process, so its memory is not the build's.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchAliasFinder, searchBodyText, withSearchAliases } from '../src/lib/search/searchAliases.ts';

/** Writes the search-only words into every page of `site` with a search body; returns how many pages have one. */
export function writeSearchAliases(site: string, places: ReadonlyArray<readonly string[]>): number {
  const aliasesOf = searchAliasFinder(places);
  let pages = 0;
  for (const name of readdirSync(site, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.html')) continue;
    const file = join(site, name);
    const html = readFileSync(file, 'utf8');
    const text = searchBodyText(html);
    if (text === null) continue;
    pages += 1;
    const aliases = aliasesOf(text);
    if (aliases.length) writeFileSync(file, withSearchAliases(html, aliases));
  }
  return pages;
}

/** Runs Pagefind's indexer over `site` in its own process, writing `site`/pagefind/; stops the build if it fails. */
export function runPagefind(site: string): void {
  // The package's command-line wrapper, which starts the native indexer for this platform.
  const cli = fileURLToPath(new URL('../node_modules/.bin/pagefind', import.meta.url));
  const run = spawnSync(process.execPath, [cli, '--site', site, '--quiet'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (run.status !== 0) throw new Error(`Pagefind could not index ${site} (${run.signal ?? `exit ${run.status}`}): ${run.stderr || run.stdout}`);
}

/** Indexes every page of `site` that marks its main content with data-pagefind-body, into `site`/pagefind/. */
export function buildSearchIndex(site: string, places: ReadonlyArray<readonly string[]>): number {
  const pages = writeSearchAliases(site, places);
  runPagefind(site);
  return pages;
}
