import type { APIRoute } from 'astro';
import { getCard } from '../../../data/socialCards.ts';
import { languagePaths } from '../../../lib/i18n.ts';
import { renderCardPng } from '../../../lib/social/renderCard.ts';
import type { SiteLanguage } from '../../../schemas/common.ts';

export const getStaticPaths = languagePaths;

/** The home page's social preview image, also used by every page without a card of its own (lists, about, search…). */
export const GET: APIRoute<{ lang: SiteLanguage }> = async ({ props }) => {
  const png = await renderCardPng(await getCard('home', null, props.lang));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
