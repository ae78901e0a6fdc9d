// Writes a new draft article: npm run new:article -- --title "Title" [--lang az] [--slug file-name]
// The draft is valid content, shows in `npm run dev`, and is never published until `draft: true` is removed.
// A translation of an existing article is not a new article: `npm run translate:article` keeps its file name.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { articleScaffold, slugify } from '../src/lib/news/articleScaffold.ts';

const { values } = parseArgs({ options: { title: { type: 'string' }, lang: { type: 'string', default: 'en' }, slug: { type: 'string' } } });
const fail = (message: string): never => {
  console.error(`${message}\nUsage: npm run new:article -- --title "Title of the article" [--lang en|az] [--slug file-name]`);
  process.exit(1);
};
const title = values.title?.trim() || fail('Give the article a title with --title.');
const lang = values.lang === 'en' || values.lang === 'az' ? values.lang : fail(`--lang must be en or az, not "${values.lang}".`);
const slug = values.slug ? slugify(values.slug) : slugify(title);
if (!slug) fail('The title has no letters or digits to make a file name from; give one with --slug.');

const root = fileURLToPath(new URL('..', import.meta.url));
const file = join(root, 'content', 'news', lang, `${slug}.mdx`);
if (existsSync(file)) fail(`${relative(root, file)} already exists; choose another title or --slug.`);
mkdirSync(join(root, 'content', 'news', lang), { recursive: true });
writeFileSync(file, articleScaffold({ title, lang, date: new Date().toISOString().slice(0, 10) }));
console.log(`Wrote ${relative(root, file)} (draft). Preview it with npm run dev at /${lang === 'az' ? 'az/' : ''}news/${slug}/`);
if (lang === 'az')
  console.log(
    'This is a new article written in Azerbaijani. To translate an English article, delete this file and run npm run translate:article -- <english-file>.',
  );
