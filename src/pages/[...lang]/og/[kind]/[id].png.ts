import type { APIRoute } from 'astro';
import { cardPaths, getCard } from '../../../../data/socialCards.ts';
import type { EntryCardKind } from '../../../../lib/social/cardPaths.ts';
import { renderCardPng } from '../../../../lib/social/renderCard.ts';
import type { SiteLanguage } from '../../../../schemas/common.ts';

export const getStaticPaths = cardPaths;

/** The social preview image (1200×630 PNG) of a chart, article, event, district or dataset page. */
export const GET: APIRoute<{ lang: SiteLanguage; kind: EntryCardKind }> = async ({ params, props }) => {
  const png = await renderCardPng(await getCard(props.kind, params.id!, props.lang));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
