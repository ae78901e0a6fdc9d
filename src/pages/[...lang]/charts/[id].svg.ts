import type { APIRoute } from 'astro';
import { chartPaths, getChartSourceLine, getChartSvg } from '../../../data/charts.ts';
import type { SiteLanguage } from '../../../schemas/common.ts';

export const getStaticPaths = chartPaths;

/** The chart as a standalone SVG file: title, subtitle, chart, legend, marker key and source line, in the tokens' light colours. */
export const GET: APIRoute<{ lang: SiteLanguage }> = async ({ params, props, site }) => {
  const { svg } = await getChartSvg(params.id!, props.lang, 'file', await getChartSourceLine(params.id!, props.lang, site));
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
