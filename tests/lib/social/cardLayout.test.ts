import { describe, expect, it } from 'vitest';
import { cardTree, figureSize, lineLimits, titleSize, type CardNode } from '../../../src/lib/social/cardLayout.ts';
import { cardAlt, cardAddress, sourceLine, type SocialCard } from '../../../src/lib/social/cardModel.ts';
import { cardPagePath, cardPath, chartCardPath } from '../../../src/lib/social/cardPaths.ts';
import { cardColours } from '../../../src/lib/social/cardColours.ts';

const colours = { background: 'bg', text: 'ink', muted: 'grey', accent: 'blue', border: 'line' };
const card = (overrides: Partial<SocialCard> = {}): SocialCard => ({
  lang: 'en',
  kindLabel: 'Chart',
  title: 'Area cleared per year',
  figure: { value: 'about 1,200', label: 'Area cleared (ha): 2024', note: 'As of 31 December 2024' },
  description: null,
  source: 'Source: Example Agency, 5 January 2025',
  siteName: 'Example Site',
  address: 'example.org/charts/area/',
  altIntro: 'Preview image: ',
  ...overrides,
});

/** Every text node of a tree with its style, in document order. */
function texts(node: CardNode): Array<{ text: string; style: CardNode['props']['style'] }> {
  const { children } = node.props;
  if (typeof children === 'string') return [{ text: children, style: node.props.style }];
  return (children ?? []).flatMap(texts);
}
const styleOf = (node: CardNode, text: string) => texts(node).find((entry) => entry.text === text)!.style;

describe('card layout', () => {
  it('shows site name, kind, title, figure with label and note, source and address, in that order', () => {
    expect(texts(cardTree(card(), colours)).map((entry) => entry.text)).toEqual([
      'Example Site',
      '· Chart',
      'Area cleared per year',
      'about 1,200',
      'Area cleared (ha): 2024',
      'As of 31 December 2024',
      'Source: Example Agency, 5 January 2025',
      'example.org/charts/area/',
    ]);
  });

  it('is 1200×630 in the colours it is given', () => {
    const tree = cardTree(card(), colours);
    expect(tree.props.style).toMatchObject({ width: 1200, height: 630, backgroundColor: 'bg', color: 'ink' });
    expect(styleOf(tree, 'about 1,200').color).toBe('blue');
    expect(styleOf(tree, 'Source: Example Agency, 5 January 2025').color).toBe('grey');
  });

  it('sets a short title large and a long one smaller, so it fits', () => {
    expect(titleSize('Casualties')).toBe(64);
    expect(titleSize('x'.repeat(60))).toBe(56);
    expect(titleSize('x'.repeat(100))).toBe(48);
    expect(titleSize('x'.repeat(200))).toBe(42);
    expect(titleSize('x'.repeat(30), true)).toBe(56);
  });

  it('cuts the title at three lines, two when a figure and a description share the card', () => {
    expect(lineLimits({ figure: null, description: 'd' })).toEqual({ title: 3, description: 3, source: 1 });
    expect(lineLimits({ figure: card().figure, description: null }).title).toBe(3);
    expect(lineLimits({ figure: card().figure, description: 'd' })).toEqual({ title: 2, description: 2, source: 1 });
    const crowded = cardTree(card({ description: 'A summary.' }), colours);
    expect(styleOf(crowded, 'Area cleared per year').lineClamp).toBe(2);
    expect(styleOf(crowded, 'A summary.').lineClamp).toBe(2);
    expect(styleOf(cardTree(card({ figure: null, description: 'A summary.' }), colours), 'A summary.').lineClamp).toBe(3);
  });

  it('keeps a worded figure on the card with a smaller size', () => {
    expect(figureSize('about 1,200')).toBe(80);
    expect(figureSize('68.000-dən çox hektar')).toBe(60);
  });

  it('leaves out what a card does not have', () => {
    const plain = texts(cardTree(card({ figure: null, source: null, description: 'A summary.' }), colours)).map((entry) => entry.text);
    expect(plain).toEqual(['Example Site', '· Chart', 'Area cleared per year', 'A summary.', 'example.org/charts/area/']);
  });

  it('draws a given chart beside the text as an SVG image', () => {
    const find = (node: CardNode): CardNode | undefined =>
      node.type === 'img' ? node : Array.isArray(node.props.children) ? node.props.children.map(find).find(Boolean) : undefined;
    expect(find(cardTree(card(), colours))).toBeUndefined();
    const image = find(cardTree(card({ chartSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>' }), colours))!;
    expect(Buffer.from(image.props.src!.replace('data:image/svg+xml;base64,', ''), 'base64').toString()).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
  });
});

describe('card text', () => {
  it('describes everything the card shows in its alt text', () => {
    expect(cardAlt(card())).toBe(
      'Preview image: Area cleared per year. Area cleared (ha): 2024: about 1,200 (As of 31 December 2024). Source: Example Agency, 5 January 2025. Example Site, example.org/charts/area/.',
    );
  });

  it('writes the source line in the reader’s language, with the source’s wording for a missing date', () => {
    const words = { source: 'Mənbə', undated: 'tarixsiz' };
    expect(sourceLine(words, { publisher: 'Agentlik', published: '2025-01-05' }, 'az')).toBe('Mənbə: Agentlik, 5 yanvar 2025');
    expect(sourceLine(words, { publisher: 'Agentlik', published: '2025-01' }, 'az')).toBe('Mənbə: Agentlik, yanvar 2025');
    expect(sourceLine({ source: 'Source', undated: 'undated' }, { publisher: 'Agency', published: null }, 'en')).toBe('Source: Agency, undated');
  });

  it('prints the address without its scheme', () => {
    expect(cardAddress(new URL('https://example.org/az/data/x/'))).toBe('example.org/az/data/x/');
  });
});

describe('card paths', () => {
  it('publishes each card under /og/ in its language, the home card once per language', () => {
    expect(chartCardPath('area', 'en')).toBe('/og/chart/area.png');
    expect(chartCardPath('area', 'az')).toBe('/az/og/chart/area.png');
    expect(cardPath('home', null, 'az')).toBe('/az/og/home.png');
    expect(cardPath('district', 'aghdam', 'en')).toBe('/og/district/aghdam.png');
  });

  it('names the page each card belongs to', () => {
    expect(cardPagePath('article', 'a-slug', 'az')).toBe('/az/news/a-slug/');
    expect(cardPagePath('event', 'e1', 'en')).toBe('/timeline/e1/');
    expect(cardPagePath('dataset', 'd', 'en')).toBe('/data/d/');
    expect(cardPagePath('home', null, 'en')).toBe('/');
  });
});

describe('card colours', () => {
  const css = `:root { --export-bg: #fff; --export-text: #111; --export-muted: #555; --color-accent: #00f; --color-border: #ccc; }
@media (prefers-color-scheme: dark) { :root { --color-accent: #8cf; } }`;

  it('reads the light-screen tokens, not the dark ones', () => {
    expect(cardColours(css)).toEqual({ background: '#fff', text: '#111', muted: '#555', accent: '#00f', border: '#ccc' });
  });

  it('names a missing token and the file', () => {
    expect(() => cardColours(':root { --export-bg: #fff; }')).toThrow('src/styles/tokens.css: the social cards need the token --export-text');
  });
});
