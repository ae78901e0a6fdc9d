// Builds the Pagefind search index of a built site. Each page is indexed with a few extra words (other spellings
// of the places it names, Azerbaijani words without ə and ı) so readers find it however they type; the HTML
// files themselves are not changed.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { searchAliases } from '../src/lib/search/searchAliases.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

/** Indexes every page of `site` that marks its main content with data-pagefind-body, into `site`/pagefind/. */
export async function buildSearchIndex(site: string, places: ReadonlyArray<{ en: string; az: string }>): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let pages = 0;
  const files = htmlFiles(site);
  const addFile = async (file: string) => {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) return;
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    const text = main.replace(/<[^>]+>/g, ' ');
    const aliases = searchAliases(text, places);
    const content = aliases.length ? html.replace('</main>', `<p data-pagefind-weight="0.5">${aliases.join(' ')}</p></main>`) : html;
    const result = await index.addHTMLFile({ sourcePath: relative(site, file), content });
    if (result.errors.length) throw new Error(`Pagefind could not index ${relative(site, file)}: ${result.errors.join('; ')}`);
    pages += 1;
  };
  // Several files in flight at once: each call is a round trip to the Pagefind process, which indexes in parallel.
  const queue = [...files];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let file = queue.shift(); file; file = queue.shift()) await addFile(file);
    }),
  );
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await pagefind.close();
  return pages;
}
