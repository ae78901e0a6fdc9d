// The card's layout as the element tree satori draws (HTML/CSS-like objects, flexbox only): site name and kind at the
// top, the title, the headline figure or the description, then the source line and the page's address. Pure: text is
// sized here from its length and cut by satori at the line limits chosen here, with an ellipsis.
import type { CardColours } from './cardColours.ts';
import type { SocialCard } from './cardModel.ts';
import { CARD_SIZE } from './cardPaths.ts';

/** The CSS properties satori reads, by their camelCase names. */
export type CardStyle = Readonly<Record<string, string | number>>;

/** One element of the tree satori draws. */
export interface CardNode {
  type: 'div' | 'img';
  props: { style: CardStyle; children?: string | CardNode[]; src?: string; width?: number; height?: number };
}

/** The font family every card text is set in; renderCard.ts loads its faces under these names. */
export const CARD_FONT_FAMILIES = ['Source Sans 3', 'Source Sans 3 Latin Extended'] as const;

const PADDING = 64;
const ACCENT_BAR = 16;
/** The chart, when given, takes this much of the card's width beside the text. */
const CHART_WIDTH = 520;
const CHART_HEIGHT = 330;

/** Title sizes in pixels, largest first, and the longest title (in characters) each is used for. */
const TITLE_SIZES: ReadonlyArray<readonly [number, number]> = [
  [40, 64],
  [70, 56],
  [110, 48],
];
const SMALLEST_TITLE = 42;

/** The title's font size: as large as its length allows, so a short title fills the card and a long one still fits. */
export function titleSize(title: string, narrow = false): number {
  const length = [...title].length * (narrow ? 1.8 : 1);
  return TITLE_SIZES.find(([longest]) => length <= longest)?.[1] ?? SMALLEST_TITLE;
}

/** The figure's font size: large for a short number, smaller for a long worded one ("68.000-dən çox", a full date). */
export function figureSize(value: string): number {
  return [...value].length <= 16 ? 80 : 60;
}

/**
 * How many lines each text may take before satori cuts it with an ellipsis: the title three (two when a figure and a
 * description share the card), the description three alone or two under a figure, the source line one.
 */
export function lineLimits(card: Pick<SocialCard, 'figure' | 'description'>): { title: number; description: number; source: number } {
  const crowded = card.figure !== null && card.description !== null;
  return { title: crowded ? 2 : 3, description: card.figure ? 2 : 3, source: 1 };
}

const box = (style: CardStyle, children: CardNode[]): CardNode => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });
const text = (style: CardStyle, content: string, lines?: number): CardNode => ({
  type: 'div',
  props: { style: { display: 'block', ...(lines ? { lineClamp: lines } : {}), ...style }, children: content },
});

/** The element tree of a card, 1200×630, in the given colours. */
export function cardTree(card: SocialCard, colours: CardColours): CardNode {
  const limits = lineLimits(card);
  const withChart = card.chartSvg !== undefined;
  const size = titleSize(card.title, withChart);
  const copy: CardNode[] = [text({ fontSize: size, fontWeight: 700, lineHeight: 1.12, color: colours.text }, card.title, limits.title)];
  if (card.figure) {
    const figure: CardNode[] = [
      text({ fontSize: figureSize(card.figure.value), fontWeight: 700, lineHeight: 1.05, color: colours.accent }, card.figure.value, 2),
      text({ fontSize: 28, fontWeight: 600, lineHeight: 1.2, color: colours.text }, card.figure.label, 2),
    ];
    if (card.figure.note) figure.push(text({ fontSize: 26, lineHeight: 1.2, color: colours.muted }, card.figure.note, 1));
    copy.push(box({ flexDirection: 'column', gap: 6 }, figure));
  }
  if (card.description) copy.push(text({ fontSize: 30, lineHeight: 1.3, color: colours.muted }, card.description, limits.description));
  const copyColumn = box({ flexDirection: 'column', gap: 28, flexGrow: 1, flexShrink: 1, minWidth: 0 }, copy);
  const body = withChart
    ? box({ flexDirection: 'row', gap: 40, alignItems: 'center', flexGrow: 1 }, [
        copyColumn,
        {
          type: 'img',
          props: {
            style: { width: CHART_WIDTH, height: CHART_HEIGHT, flexShrink: 0 },
            src: `data:image/svg+xml;base64,${Buffer.from(card.chartSvg!, 'utf8').toString('base64')}`,
            width: CHART_WIDTH,
            height: CHART_HEIGHT,
          },
        },
      ])
    : box({ flexDirection: 'column', justifyContent: 'center', flexGrow: 1 }, [copyColumn]);

  const footer: CardNode[] = [];
  if (card.source) footer.push(text({ fontSize: 24, lineHeight: 1.25, color: colours.muted }, card.source, limits.source));
  footer.push(text({ fontSize: 26, fontWeight: 600, lineHeight: 1.25, color: colours.accent }, card.address, 1));

  return box(
    {
      width: CARD_SIZE.width,
      height: CARD_SIZE.height,
      boxSizing: 'border-box',
      flexDirection: 'column',
      gap: 24,
      padding: PADDING,
      paddingLeft: PADDING + ACCENT_BAR,
      borderLeft: `${ACCENT_BAR}px solid ${colours.accent}`,
      backgroundColor: colours.background,
      color: colours.text,
      fontFamily: CARD_FONT_FAMILIES.map((family) => `'${family}'`).join(', '),
      fontWeight: 400,
    },
    [
      box({ flexDirection: 'row', gap: 16, alignItems: 'baseline', fontSize: 28, lineHeight: 1.2 }, [
        text({ fontWeight: 700, color: colours.accent }, card.siteName),
        text({ color: colours.muted }, `· ${card.kindLabel}`),
      ]),
      body,
      box({ flexDirection: 'column', gap: 6, borderTop: `2px solid ${colours.border}`, paddingTop: 18 }, footer),
    ],
  );
}
