import type { APIRoute } from 'astro';
import { getChartModel } from '../../../data/charts.ts';
import { getSourcesById, getEntries } from '../../../data/content.ts';
import { chartCsvColumns, chartCsvRecords } from '../../../lib/charts/chartModel.ts';
import { toCsv } from '../../../lib/csv.ts';
import { languagePaths } from '../../../lib/i18n.ts';
import type { SiteLanguage } from '../../../schemas/common.ts';

export async function getStaticPaths() {
  const charts = await getEntries('charts');
  return languagePaths().flatMap((path) => charts.map((chart) => ({ params: { ...path.params, id: chart.id }, props: path.props })));
}

/** The rows a chart shows, with the same columns as its table and the source spelled out. */
export const GET: APIRoute = async ({ params, props }) => {
  const model = await getChartModel(params.id!, (props as { lang: SiteLanguage }).lang);
  const csv = toCsv(chartCsvColumns(model.table), chartCsvRecords(model.table, await getSourcesById()));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
