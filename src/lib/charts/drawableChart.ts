// What <chart-figure> (client/chartFigure.ts) receives: the part of a chart model that is drawn, written into the page
// by components/charts/ChartFigure.astro as a JSON script and read back, checked, before Chart.js is loaded. Kept apart
// from chartJsConfig.ts so the module that loads with the page stays small; Chart.js's configuration loads later.
import { isRecord } from '../jsonScript.ts';
import type { ChartModel } from './chartModel.ts';

/** The part of a chart model that is drawn (no table). */
export type DrawableChart = Pick<ChartModel, 'type' | 'horizontal' | 'stacked' | 'unit' | 'categories' | 'categoryLabels' | 'series' | 'markers'>;

/** The part of a model the browser draws, as components/charts/ChartFigure.astro writes it into the page. */
export function drawableChart(model: ChartModel): DrawableChart {
  const { type, horizontal, stacked, unit, categories, categoryLabels, series, markers } = model;
  return { type, horizontal, stacked, unit, categories, categoryLabels, series, markers };
}

/**
 * True when a value parsed from a chart's JSON script has the shape of a DrawableChart. The build wrote it from a
 * chart model, so the top-level fields are checked (enough to catch a stale or foreign page) and the rest is trusted.
 */
export function isDrawableChart(value: unknown): value is DrawableChart {
  const list = (field: unknown) => field === null || Array.isArray(field);
  return (
    isRecord(value) &&
    typeof value.type === 'string' &&
    typeof value.horizontal === 'boolean' &&
    typeof value.stacked === 'boolean' &&
    list(value.categories) &&
    list(value.categoryLabels) &&
    Array.isArray(value.series) &&
    Array.isArray(value.markers)
  );
}
