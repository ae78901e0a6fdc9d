import type { APIRoute } from 'astro';
import { chartPaths, getChartCsv } from '../../../data/charts.ts';
import type { SiteLanguage } from '../../../schemas/common.ts';

export const getStaticPaths = chartPaths;

/** The rows a chart shows, with the same columns as its table and the source spelled out. */
export const GET: APIRoute<{ lang: SiteLanguage }> = async ({ params, props }) => {
  const csv = await getChartCsv(params.id!, props.lang);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
