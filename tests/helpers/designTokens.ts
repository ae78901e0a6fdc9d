// What src/styles/tokens.css declares: the colour every token stands for, on screen (light or dark) and in print.
import { readFileSync } from 'node:fs';

const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
/** `@media <query> { :root { … } }` blocks: the overrides for a colour scheme or for print. */
const MEDIA_BLOCK = /@media\s*([^{]+?)\s*\{\s*:root\s*\{([^}]*)\}\s*\}/g;

const declarations = (body: string): Array<[string, string]> => [...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]);

/**
 * Each token's value for a page drawn under `media` (a query as tokens.css writes it, such as
 * `(prefers-color-scheme: dark)` or `print`); without one, the light screen.
 */
export function tokenValues(media?: string): Map<string, string> {
  const light = css.replace(MEDIA_BLOCK, '');
  const values = new Map([...light.matchAll(/:root\s*\{([^}]*)\}/g)].flatMap((match) => declarations(match[1]!)));
  if (media)
    for (const match of css.matchAll(MEDIA_BLOCK)) if (match[1] === media) for (const [name, value] of declarations(match[2]!)) values.set(name, value);
  return values;
}

/** `#c7e9b4` as the browser computes it: `rgb(199, 233, 180)`. */
export function rgbOf(hex: string): string {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((digit) => digit + digit) : [hex.slice(1, 3), hex.slice(3, 5), hex.slice(5, 7)];
  return `rgb(${digits.map((pair) => parseInt(pair, 16)).join(', ')})`;
}
