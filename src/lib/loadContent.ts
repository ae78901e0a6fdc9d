import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { mdxToJs } from 'satteri';
import type { ZodType } from 'astro/zod';
import { chartSchema } from '../schemas/chart.ts';
import { correctionSchema } from '../schemas/correction.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { datasetSchema } from '../schemas/dataset.ts';
import { eventSchema } from '../schemas/event.ts';
import { newsSchema } from '../schemas/news.ts';
import { placeSchema } from '../schemas/place.ts';
import { sourceSchema } from '../schemas/source.ts';
import { slug } from '../schemas/common.ts';
import { formatPath, type ContentIssue } from './contentIssue.ts';
import type { ContentBundle, Entry } from './contentBundle.ts';

/** Reads and schema-checks everything under `<root>/content`; returns what parsed and every problem found. */
export function loadContent(root: string): { content: ContentBundle; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const dir = join(root, 'content');
  const load = <T>(collection: string, schema: ZodType<T>) =>
    listFiles(join(dir, collection), ['.json']).flatMap((path) => {
      const file = relative(root, path);
      const id = basename(path, '.json');
      const raw = readJson(path, file, id, issues);
      return raw === undefined ? [] : check(schema, raw, file, id, issues);
    });
  const news = listFiles(join(dir, 'news'), ['.mdx', '.md']).flatMap((path) => loadArticle(root, dir, path, issues));
  return {
    content: {
      sources: load('sources', sourceSchema),
      places: load('places', placeSchema),
      events: load('events', eventSchema),
      datasets: load('datasets', datasetSchema),
      news,
      charts: load('charts', chartSchema),
      glossary: load('glossary', glossarySchema),
      corrections: load('corrections', correctionSchema),
    },
    issues,
  };
}

function listFiles(dir: string, extensions: string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => extensions.includes(extname(name)))
    .sort()
    .map((name) => join(dir, name));
}

function readJson(path: string, file: string, entry: string, issues: ContentIssue[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    issues.push({ file, entry, field: '', message: `is not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

function check<T>(schema: ZodType<T>, raw: unknown, file: string, id: string, issues: ContentIssue[]): Entry<T>[] {
  const idCheck = slug.safeParse(id);
  if (!idCheck.success) issues.push({ file, entry: id, field: '', message: `file name ${idCheck.error.issues[0]!.message}` });
  const result = schema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      issues.push({ file, entry: id, field: formatPath(issue.path), message: describe(issue) });
    }
    return [];
  }
  return [{ id, file, data: result.data }];
}

/** Zod's message, with the unknown keys named when that is the problem. */
function describe(issue: { code: string; message: string; keys?: string[] }): string {
  if (issue.code === 'unrecognized_keys' && issue.keys) return `has unknown field(s) ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return 'is required but missing';
  return issue.message;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function loadArticle(root: string, dir: string, path: string, issues: ContentIssue[]) {
  const file = relative(root, path);
  const id = relative(join(dir, 'news'), path).replace(/\.mdx?$/, '');
  const text = readFileSync(path, 'utf8');
  const match = FRONTMATTER.exec(text);
  if (!match) {
    issues.push({ file, entry: id, field: '', message: 'has no front matter between --- lines at the top' });
    return [];
  }
  let raw: unknown;
  try {
    raw = parseYaml(match[1]!);
  } catch (error) {
    issues.push({ file, entry: id, field: '', message: `front matter is not valid YAML: ${(error as Error).message}` });
    return [];
  }
  const body = text.slice(match[0].length);
  const bodyLine = match[0].split('\n').length;
  try {
    // The same MDX compiler Astro uses: a tag left open or a stray { stops here, with the line, not in the middle of a build.
    mdxToJs(body);
  } catch (error) {
    const place = /^(\d+):(\d+):\s*/.exec((error as Error).message);
    const line = place ? bodyLine + Number(place[1]) - 1 : bodyLine;
    issues.push({ file, entry: id, field: `text on line ${line}`, message: `is not valid MDX: ${(error as Error).message.replace(/^\d+:\d+:\s*/, '')}` });
    return [];
  }
  const entries = check(newsSchema, raw, file, basename(id), issues).map((entry) => ({ ...entry, id, body, bodyLine }));
  const folder = id.split('/')[0];
  for (const entry of entries) {
    if (entry.data.lang !== folder) {
      issues.push({ file, entry: id, field: 'lang', message: `is "${entry.data.lang}" but the article is in the "${folder}" folder` });
    }
  }
  return entries;
}
