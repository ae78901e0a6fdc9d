import type { ContentIssue } from '../contentIssue.ts';
import type { ContentBundle, FailedIds } from '../contentBundle.ts';
import { unknownValue } from '../suggest.ts';
import type { ChartDefinition } from '../../schemas/chart.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import { AmbiguousChartError, buildChartModel, type ChartModel, type ChartWords } from './chartModel.ts';

const NO_WORDS: ChartWords = { year: '', month: '', date: '', district: '', series: '', source: '', notReported: '', fields: {}, flags: {} };

/** A chart's model as the checks need it: what it draws from its dataset's rows, with no words for readers. */
export function modelForChecks(
  id: string,
  chart: ChartDefinition,
  dataset: Pick<Dataset, 'rows' | 'primaryKey' | 'fields'>,
  events: ContentBundle['events'],
): ChartModel {
  return buildChartModel(id, chart, dataset.rows, {
    lang: 'en',
    words: NO_WORDS,
    primaryKey: dataset.primaryKey,
    fields: dataset.fields,
    districtNames: new Map(),
    events,
  });
}

/**
 * Checks each chart against its dataset: the dataset exists, every field the chart names is a column, drawn fields
 * are numbers, and the filters leave at most one row per category (a chart never sums or averages rows).
 */
export function checkCharts(content: ContentBundle, failed: Partial<FailedIds> = {}): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const datasets = new Map(content.datasets.map((dataset) => [dataset.id, dataset.data]));
  for (const { id, file, data: chart } of content.charts) {
    const at = (field: string, message: string) => issues.push({ file, entry: id, field, message });
    if (failed.datasets?.has(chart.dataset)) continue;
    const dataset = datasets.get(chart.dataset);
    if (!dataset) {
      at('dataset', unknownValue(chart.dataset, 'dataset id', datasets.keys()));
      continue;
    }
    const types = new Map(dataset.fields.map((field) => [field.name, field.type]));
    const known = (field: string, path: string) => {
      if (!types.has(field)) at(path, unknownValue(field, `field of dataset "${chart.dataset}"`, types.keys()));
      return types.has(field);
    };
    known(chart.x.field, 'x.field');
    if (chart.asOfField) known(chart.asOfField, 'asOfField');
    chart.filters.forEach((filter, i) => known(filter.field, `filters[${i}].field`));
    chart.tableFields.forEach((field, i) => known(field, `tableFields[${i}]`));
    chart.series.forEach((series, i) => {
      if (known(series.field, `series[${i}].field`) && !['integer', 'number'].includes(types.get(series.field)!)) {
        at(`series[${i}].field`, `"${series.field}" is not a number field, so it cannot be drawn`);
      }
      series.filters.forEach((filter, j) => known(filter.field, `series[${i}].filters[${j}].field`));
    });
    if (issues.some((issue) => issue.file === file)) continue;
    try {
      modelForChecks(id, chart, dataset, content.events);
    } catch (error) {
      if (!(error instanceof AmbiguousChartError)) throw error;
      at('filters', error.message);
    }
  }
  return issues;
}
