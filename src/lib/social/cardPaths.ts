// Where each card is published and which page it belongs to: /og/<kind>/<id>.png (/az/og/… in Azerbaijani),
// /og/home.png for the home page and every page without a card of its own.
import type { SiteLanguage } from '../../schemas/common.ts';
import { localizePath } from '../i18n.ts';
import type { CardKind } from './cardModel.ts';

/** Width and height of every card in pixels: the size Open Graph and X (Twitter) show large. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The page types that have a card per entry (the home card is one per language). */
export type EntryCardKind = Exclude<CardKind, 'home'>;

const PAGE_FOLDERS: Record<EntryCardKind, string> = { chart: 'charts', article: 'news', event: 'timeline', district: 'districts', dataset: 'data' };

/** The address of a card in `lang`: `/og/chart/<id>.png`, `/az/og/chart/<id>.png`; the home card without an id. */
export function cardPath(kind: CardKind, id: string | null, lang: SiteLanguage): string {
  return localizePath(kind === 'home' ? '/og/home.png' : `/og/${kind}/${id}.png`, lang);
}

/** The address of a chart's card in `lang` (the chart page's og:image, and the PNG its download button can serve). */
export function chartCardPath(chartId: string, lang: SiteLanguage): string {
  return cardPath('chart', chartId, lang);
}

/** The page a card belongs to: `/charts/<id>/`, `/az/news/<slug>/`, `/` for the home card. */
export function cardPagePath(kind: CardKind, id: string | null, lang: SiteLanguage): string {
  return localizePath(kind === 'home' ? '/' : `/${PAGE_FOLDERS[kind]}/${id}/`, lang);
}
