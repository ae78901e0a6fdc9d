// What a page's social preview image (its "card", 1200×630 PNG) says: every text already in the reader's language, the
// figures formatted by the same functions as the page. src/data/socialCards.ts fills it from the content; cardLayout.ts
// lays it out; renderCard.ts draws it.
import type { SiteLanguage } from '../../schemas/common.ts';
import { formatPartialDate } from '../format.ts';

/** The page types that have a card of their own; every other page uses the home card of its language. */
export type CardKind = 'chart' | 'article' | 'event' | 'district' | 'dataset' | 'home';

/** The card's headline figure: the number (or date) large, what it counts, and when it was true. */
export interface CardFigure {
  /** As the page shows it, with the source's qualifier: "about 249,000 ha", "12 June 2021". */
  value: string;
  /** What the value is: "Area cleared since November 2020", an event's category. */
  label: string;
  /** When the figure ran to, with its words ("As of 31 December 2025"), or null. */
  note: string | null;
}

/** One page's card, ready to lay out. */
export interface SocialCard {
  lang: SiteLanguage;
  /** The kind of page in the reader's words ("Chart", "Xəbər"), shown beside the site name. */
  kindLabel: string;
  title: string;
  figure: CardFigure | null;
  /** A sentence about the page: shown when there is no figure, or under an event's date. */
  description: string | null;
  /** "Source: ANAMA, 12 June 2025": the publisher and date of the figure's source, or null when it has no single one. */
  source: string | null;
  siteName: string;
  /** The page's public address without the scheme: "example.org/charts/area-cleared-per-month/". */
  address: string;
  /** Opening words of the image's alt text: "Preview image: ". */
  altIntro: string;
  /**
   * The chart itself as an SVG document, drawn beside the text when given. Left empty until the build-time SVG chart
   * renderer (src/lib/charts/svg/) is merged; the card shows the headline figure either way.
   */
  chartSvg?: string;
}

/** "Source: Trend, 12 June 2025" ("…, undated" when the page shows no date). */
export function sourceLine(words: { source: string; undated: string }, source: { publisher: string; published: string | null }, lang: SiteLanguage): string {
  return `${words.source}: ${source.publisher}, ${source.published ? formatPartialDate(source.published, lang) : words.undated}`;
}

/** A page's public address as the card prints it: host and path, no scheme ("example.org/data/"). */
export function cardAddress(url: URL): string {
  return `${url.host}${url.pathname}`;
}

/** The sentence that describes the card to someone who cannot see it (og:image:alt): everything it shows, in order. */
export function cardAlt(card: SocialCard): string {
  const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);
  const parts = [`${card.altIntro}${sentence(card.title)}`];
  if (card.figure) parts.push(sentence(`${card.figure.label}: ${card.figure.value}${card.figure.note ? ` (${card.figure.note})` : ''}`));
  if (card.description) parts.push(sentence(card.description));
  if (card.source) parts.push(sentence(card.source));
  parts.push(sentence(`${card.siteName}, ${card.address}`));
  return parts.join(' ');
}
