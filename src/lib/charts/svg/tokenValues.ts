// The design tokens' values as src/styles/tokens.css writes them, for drawings that cannot read the page's custom
// properties (a chart's standalone .svg file) or that need a fallback when a reader strips the page's CSS.

const MEDIA_BLOCK = /@media\s*([^{]+?)\s*\{\s*:root\s*\{([^}]*)\}\s*\}/g;

const declarations = (body: string): Array<[string, string]> => [...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]);

/**
 * Each custom property's value in the tokens stylesheet `css` for the light screen, or with the overrides of the
 * `@media` block whose query is `media` (as written in the file, e.g. `(prefers-color-scheme: dark)`).
 */
export function tokenValues(css: string, media?: string): Map<string, string> {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const values = new Map([...text.replace(MEDIA_BLOCK, '').matchAll(/:root\s*\{([^}]*)\}/g)].flatMap((match) => declarations(match[1]!)));
  if (media)
    for (const match of text.matchAll(MEDIA_BLOCK)) if (match[1] === media) for (const [name, value] of declarations(match[2]!)) values.set(name, value);
  return values;
}

/** How a drawing names a token's colour: a var() with the light value as fallback inline in the page, the value itself in a file. */
export type Paint = (token: string) => string;

/** A token's value, failing with its name when tokens.css lacks it. */
function valueOf(values: ReadonlyMap<string, string>, token: string): string {
  const value = values.get(token);
  if (value === undefined) throw new Error(`src/styles/tokens.css has no custom property ${token}`);
  return value;
}

/** Paint for a drawing inline in the page: follows the reader's colour scheme, with the light value as fallback. */
export function inlinePaint(values: ReadonlyMap<string, string>): Paint {
  return (token) => `var(${token}, ${valueOf(values, token)})`;
}

/** Paint for a file on its own: the tokens' values themselves. */
export function filePaint(values: ReadonlyMap<string, string>): Paint {
  return (token) => valueOf(values, token);
}
