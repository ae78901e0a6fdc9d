import { getCollection, getEntry } from 'astro:content';
import type { SiteLanguage } from '../schemas/common.ts';
import tokensCss from '../styles/tokens.css?raw';
import { buildChartModel, chartCsvColumns, chartCsvRecords, type ChartModel } from '../lib/charts/chartModel.ts';
import { drawableChart } from '../lib/charts/drawableChart.ts';
import { renderChartSvg } from '../lib/charts/svg/renderChartSvg.ts';
import { filePaint, inlinePaint, tokenValues } from '../lib/charts/svg/tokenValues.ts';
import { toCsv } from '../lib/csv.ts';
import { fill, formatPartialDate, sortByName } from '../lib/format.ts';
import { languagePaths, localizePath } from '../lib/i18n.ts';
import { reporterName } from '../i18n/reporters.ts';
import { t } from '../i18n/ui.ts';
import { getDistrictsById, getEntries, getSource, getSourcesById } from './content.ts';

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
    reporterName: (reporter) => reporterName(reporter, lang),
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

/** The design tokens' light values, read once from src/styles/tokens.css (the chart SVGs' colours and fallbacks). */
const TOKENS = tokenValues(tokensCss);

/** The two widths a chart is drawn at for the page (the figure shows the one that fits), its file's and its social card's. */
export const CHART_SVG_SIZES = {
  wide: { width: 720, height: 340 },
  narrow: { width: 340, height: 280 },
  file: { width: 800, height: 380 },
  card: { width: 520, height: 330 },
} as const;

/**
 * A chart drawn as SVG in one language: `wide` or `narrow` for inline use in the page (token colours as var() with
 * fallbacks), `file` for the standalone .svg download, with its title, subtitle, marker key and `sourceLine`, or `card` for the
 * social card (plain colours, as resvg draws no var(); the card writes the title and source itself).
 */
export async function getChartSvg(id: string, lang: SiteLanguage, variant: keyof typeof CHART_SVG_SIZES, sourceLine = '') {
  const [chart, model] = await Promise.all([getChartDefinition(id), getChartModel(id, lang)]);
  const strings = t(lang);
  const { title, subtitle, alt } = chart.data;
  return renderChartSvg(drawableChart(model), {
    lang,
    ...CHART_SVG_SIZES[variant],
    words: { qualified: model.type === 'bar' ? strings.chartQualifiedBar : strings.chartQualifiedPoint, notReported: strings.chartGapLegend },
    frame: variant === 'file' ? { title: title[lang], subtitle: subtitle[lang], sourceLine } : undefined,
    title: title[lang],
    description: alt[lang],
    paint: variant === 'file' || variant === 'card' ? filePaint(TOKENS) : inlinePaint(TOKENS),
    idPrefix: `chart-${id}-${variant}`,
    className: `chart-svg chart-svg-${variant}`,
  });
}

/** The line under a downloaded chart: its first three sources' publishers, the date its figures run to, its address. */
export async function getChartSourceLine(id: string, lang: SiteLanguage, site: URL | undefined): Promise<string> {
  const model = await getChartModel(id, lang);
  const strings = t(lang);
  const publishers = await Promise.all(model.sourceIds.slice(0, 3).map(async (sourceId) => (await getSource(sourceId)).data.publisher));
  const more = model.sourceIds.length > 3 ? ` ${fill(strings.moreSources, { count: model.sourceIds.length - 3 })}` : '';
  const asOf = model.asOf ? `${strings.chartAsOf} ${formatPartialDate(model.asOf, lang)}. ` : '';
  return `${strings.chartSources}: ${publishers.join(', ')}${more}. ${asOf}${new URL(localizePath(`/charts/${id}/`, lang), site).href}`;
}
