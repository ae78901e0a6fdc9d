// Starts the Azerbaijani translation of an English article: npm run translate:article -- <english-file-or-slug>
// The draft goes under the SAME file name in content/news/az/ (the site pairs translations by file name), with the
// English article's date, districts, tags and sources, and its body kept whole (components included) under a note.
import { existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveEnglishArticle, translationScaffold } from '../src/lib/news/translationScaffold.ts';

const fail = (message: string): never => {
  console.error(`${message}\nUsage: npm run translate:article -- <english-file-or-slug>   e.g. npm run translate:article -- aghali-first-returns-july-2022`);
  process.exit(1);
};
const { positionals } = parseArgs({ allowPositionals: true, options: {} });
const argument = positionals[0] ?? fail('Name the English article to translate.');

const root = fileURLToPath(new URL('..', import.meta.url));
const englishDir = join(root, 'content', 'news', 'en');
const englishFiles = globSync('*.{md,mdx}', { cwd: englishDir }).sort();
const resolved = resolveEnglishArticle(
  argument,
  englishFiles.map((name) => name.replace(/\.mdx?$/, '')),
);
if ('error' in resolved) fail(resolved.error);
const { slug } = resolved as { slug: string };
const englishName = englishFiles.find((name) => name.replace(/\.mdx?$/, '') === slug)!;
const englishPath = join(englishDir, englishName);
const azDir = join(root, 'content', 'news', 'az');
const existing = ['.md', '.mdx'].map((extension) => join(azDir, `${slug}${extension}`)).find((path) => existsSync(path));
if (existing) fail(`${relative(root, existing)} already exists: the translation has been started. Edit that file; nothing was overwritten.`);

const file = join(azDir, englishName);
mkdirSync(azDir, { recursive: true });
writeFileSync(file, translationScaffold(readFileSync(englishPath, 'utf8'), relative(root, englishPath)));
console.log(`Wrote ${relative(root, file)} (draft), the translation of ${relative(root, englishPath)} under the same file name.
Translate the title, the summary and the text; keep <Stat>, <Chart>, <EventRef>, <DistrictMap> and <Callout> as they are.
Preview it with npm run dev at /az/news/${slug}/, and run npm run validate.`);
