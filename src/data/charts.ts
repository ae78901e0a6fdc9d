import { getCollection, getEntry } from 'astro:content';
import type { SiteLanguage } from '../schemas/common.ts';
import { buildChartModel, chartCsvColumns, chartCsvRecords, type ChartModel } from '../lib/charts/chartModel.ts';
import { toCsv } from '../lib/csv.ts';
import { sortByName } from '../lib/format.ts';
import { languagePaths } from '../lib/i18n.ts';
import { t } from '../i18n/ui.ts';
import { getDistrictsById, getEntries, getSourcesById } from './content.ts';

const models = new Map<string, Promise<ChartModel>>();

/** A chart's definition; fails the build with the id when there is no such chart. */
export async function getChartDefinition(id: string) {
  const chart = await getEntry('charts', id);
  if (!chart) throw new Error(`Unknown chart id "${id}": there is no content/charts/${id}.json`);
  return chart;
}

/** A chart's model in one language, built once per build. */
export function getChartModel(id: string, lang: SiteLanguage): Promise<ChartModel> {
  const key = `${lang}:${id}`;
  if (!models.has(key)) models.set(key, buildModel(id, lang));
  return models.get(key)!;
}

async function buildModel(id: string, lang: SiteLanguage): Promise<ChartModel> {
  const chart = await getChartDefinition(id);
  const dataset = await getEntry('datasets', chart.data.dataset);
  if (!dataset) throw new Error(`Chart "${id}" uses unknown dataset "${chart.data.dataset}"`);
  const [events, districts] = await Promise.all([getCollection('events'), getDistrictsById()]);
  return buildChartModel(id, chart.data, dataset.data.rows, {
    lang,
    words: t(lang).chart,
    primaryKey: dataset.data.primaryKey,
    fields: dataset.data.fields,
    districtNames: new Map([...districts].map(([districtId, place]) => [districtId, place.data.name[lang]])),
    events,
  });
}

/** Every chart, by title in the reader's language (the charts page lists them). */
export async function getChartList(lang: SiteLanguage) {
  return sortByName(await getEntries('charts'), (chart) => chart.data.title[lang], lang);
}

/** The rows a chart shows as CSV, with the same columns as its table and the source spelled out. */
export async function getChartCsv(id: string, lang: SiteLanguage): Promise<string> {
  const [model, sources] = await Promise.all([getChartModel(id, lang), getSourcesById()]);
  return toCsv(chartCsvColumns(model.table), chartCsvRecords(model.table, sources));
}

/** getStaticPaths of a page per chart in both languages (the chart page, its embed, its CSV): params `lang` and `id`, props `lang` and `chart`. */
export async function chartPaths() {
  const charts = await getEntries('charts');
  return languagePaths().flatMap((path) => charts.map((chart) => ({ params: { ...path.params, id: chart.id }, props: { ...path.props, chart } })));
}
