// The card's colours, read from src/styles/tokens.css: the export palette (dark on white whatever the reader's scheme,
// as the chart's PNG download) and the site's accent. Colours are written only in tokens.css; this reads them.

/** The colours a card is drawn with, as CSS colour values. */
export interface CardColours {
  background: string;
  text: string;
  muted: string;
  accent: string;
  border: string;
}

const CARD_TOKENS: Record<keyof CardColours, string> = {
  background: '--export-bg',
  text: '--export-text',
  muted: '--export-muted',
  accent: '--color-accent',
  border: '--color-border',
};

/**
 * The card's colours from the text of tokens.css: each token's value on a light screen (the `:root` blocks outside any
 * `@media` rule). Fails naming the token and the file when one is missing.
 */
export function cardColours(tokensCss: string): CardColours {
  const css = tokensCss.replace(/\/\*[\s\S]*?\*\//g, '');
  const outsideMedia = css.replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  const values = new Map<string, string>();
  for (const block of outsideMedia.matchAll(/:root\s*\{([^}]*)\}/g))
    for (const declaration of block[1]!.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) values.set(declaration[1]!, declaration[2]!.trim());
  const colour = (token: string): string => {
    const value = values.get(token);
    if (!value) throw new Error(`src/styles/tokens.css: the social cards need the token ${token} in a :root block; add it there`);
    return value;
  };
  return Object.fromEntries(Object.entries(CARD_TOKENS).map(([key, token]) => [key, colour(token)])) as unknown as CardColours;
}
