// The one reader and writer of MDX front matter, for the build (src/lib/loadContent.ts), the command-line scaffolds
// (npm run new:article, npm run translate:article) and the CMS (src/client/cmsAdmin.ts). Browser-safe: it uses the
// `yaml` package only, no zod and no Node modules, because the admin bundle carries it. Front matter is written in the
// project's own YAML style (keys in schema order, flow lists, quotes only where YAML needs them) and the body is handed
// back exactly as it was read, so a save that changes one field changes one line. Sveltia's built-in YAML writer
// re-quotes titles and turns `[a, b]` into block lists.
import { parse } from 'yaml';

/**
 * Front-matter keys in the order the articles write them: the keys of src/schemas/news.ts, in its order
 * (tests/lib/frontMatter.test.ts checks the two agree).
 */
export const FRONT_MATTER_ORDER = ['title', 'date', 'summary', 'lang', 'districts', 'tags', 'sources', 'draft'] as const;

/** An article as the CMS holds it: its front-matter fields and its body. */
export type ArticleFields = Record<string, unknown> & { body?: string };

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * A file's front matter (the YAML between the `---` lines at the top, unparsed) and its body (everything after the
 * closing `---` line, byte for byte, the blank line that follows it included); null when the file has none.
 */
export function splitFrontMatter(text: string): { yaml: string; body: string } | null {
  const match = FRONT_MATTER.exec(text);
  return match ? { yaml: match[1]!, body: text.slice(match[0].length) } : null;
}

function scalar(value: unknown): string {
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  const text = typeof value === 'string' ? value : value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
  try {
    if (text && (parse(`k: ${text}`) as { k?: unknown } | null)?.k === text) return text;
  } catch {
    // Not plain YAML (a colon followed by a space, a leading quote…): quoted below.
  }
  return JSON.stringify(text);
}

const yamlValue = (value: unknown) => (Array.isArray(value) ? `[${value.map(scalar).join(', ')}]` : scalar(value));

/** Reads an article file into its fields and body; the blank line after the closing `---` belongs to the format. */
export function parseArticle(text: string): ArticleFields {
  const split = splitFrontMatter(text.replace(/\r\n/g, '\n'));
  if (!split) return { body: text };
  return { ...((parse(split.yaml) as Record<string, unknown> | null) ?? {}), body: split.body.replace(/^\n/, '') };
}

/** Writes an article file: front matter in the house style, a blank line, the body as given. */
export function writeArticle(fields: ArticleFields): string {
  const { body = '', ...frontMatter } = fields;
  const known: readonly string[] = FRONT_MATTER_ORDER;
  const keys = [...known.filter((key) => key in frontMatter), ...Object.keys(frontMatter).filter((key) => !known.includes(key))];
  return `---\n${keys.map((key) => `${key}: ${yamlValue(frontMatter[key])}`).join('\n')}\n---\n\n${body}`;
}
