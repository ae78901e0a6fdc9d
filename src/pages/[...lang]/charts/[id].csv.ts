import type { APIRoute } from 'astro';
import { getChartCsv } from '../../../data/charts.ts';
import { getEntries } from '../../../data/content.ts';
import { languagePaths } from '../../../lib/i18n.ts';
import type { SiteLanguage } from '../../../schemas/common.ts';

export async function getStaticPaths() {
  const charts = await getEntries('charts');
  return languagePaths().flatMap((path) => charts.map((chart) => ({ params: { ...path.params, id: chart.id }, props: path.props })));
}

/** The rows a chart shows, with the same columns as its table and the source spelled out. */
export const GET: APIRoute = async ({ params, props }) => {
  const csv = await getChartCsv(params.id!, (props as { lang: SiteLanguage }).lang);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
