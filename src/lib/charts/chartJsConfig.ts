import type { ChartConfiguration, ChartType, TooltipItem } from 'chart.js';
import type { ColourToken } from '../../schemas/chart.ts';
import type { DrawableChart } from './drawableChart.ts';

/** What a drawn chart needs from the page's theme; fills may be canvas patterns made in the browser. */
export interface ChartTheme {
  colours: Record<ColourToken, string>;
  /** Per series: a fill for bars (solid colour or pattern); meaning is never carried by colour alone. */
  fills: Array<string | CanvasPattern>;
  text: string;
  grid: string;
  marker: string;
  background: string;
}

/** Options that depend on the reader. */
export interface DrawOptions {
  locale: string;
  reducedMotion: boolean;
}

/** Point shapes per series, so series differ by shape as well as colour. */
export const POINT_STYLES = ['circle', 'triangle', 'rect', 'rectRot'] as const;
/** Line dashes per series. */
export const LINE_DASHES: number[][] = [[], [6, 4], [2, 3], [10, 3, 2, 3]];

/**
 * A token's colour made translucent for points the source qualifies ("about", "more than"). The CSS minifier may
 * shorten a token (#ffffff → #fff), so three-digit forms are widened before the alpha pair is added.
 */
export function translucent(colour: string, alpha = '55'): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})([0-9a-f]{2})?$/i.exec(colour.trim());
  if (!hex) return colour;
  const digits = hex[1]!.length === 3 ? [...hex[1]!].map((digit) => digit + digit).join('') : hex[1]!;
  return `#${digits}${alpha}`;
}

/** A date axis tick: "Jun 2021" in the reader's language. */
export function formatDateTick(value: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(value));
}

/**
 * Turns a chart model into a Chart.js configuration: category or date axis, one dataset per series, hollow points
 * and pale bars for figures the source gave as "about" or "more than", gaps kept as gaps (spanGaps off).
 * Typed as Chart.js's own configuration, and a plain object so it can be tested without a browser.
 */
export function chartJsConfig(
  model: DrawableChart,
  theme: ChartTheme,
  options: DrawOptions,
): ChartConfiguration<ChartType, Array<number | null | { x: number; y: number | null }>> {
  const dateAxis = model.unit === 'day';
  const chartType = model.type === 'bar' ? 'bar' : model.type === 'line' ? 'line' : 'scatter';
  const datasets = model.series.map((series, index) => {
    const colour = theme.colours[series.colour];
    const data = dateAxis
      ? series.points.filter((point) => point.y !== null).map((point) => ({ x: point.x as number, y: point.y }))
      : series.points.map((point) => point.y);
    const kept = dateAxis ? series.points.filter((point) => point.y !== null) : series.points;
    if (model.type === 'bar') {
      return {
        label: series.label,
        data,
        backgroundColor: kept.map((point) => (point.exact ? (theme.fills[index] ?? colour) : translucent(colour))),
        borderColor: colour,
        borderWidth: kept.map((point) => (point.exact ? 0 : 2)),
      };
    }
    return {
      label: series.label,
      data,
      borderColor: colour,
      backgroundColor: colour,
      pointStyle: POINT_STYLES[index % POINT_STYLES.length],
      pointRadius: 5,
      pointHoverRadius: 7,
      pointBorderWidth: 2,
      pointBackgroundColor: kept.map((point) => (point.exact ? colour : theme.background)),
      borderDash: LINE_DASHES[index % LINE_DASHES.length],
      showLine: model.type === 'line',
      spanGaps: false,
      tension: 0,
    };
  });
  const displays = model.series.map((series) => (dateAxis ? series.points.filter((point) => point.y !== null) : series.points).map((point) => point.display));
  const valueAxis = {
    beginAtZero: true,
    grid: { color: theme.grid },
    ticks: { color: theme.text, callback: (value: number | string) => new Intl.NumberFormat(options.locale).format(Number(value)) },
  };
  const categoryAxis = dateAxis
    ? {
        type: 'linear' as const,
        grid: { color: theme.grid },
        ticks: { color: theme.text, maxTicksLimit: 8, callback: (value: number | string) => formatDateTick(Number(value), options.locale) },
      }
    : { type: 'category' as const, grid: { display: false }, ticks: { color: theme.text, autoSkip: true } };
  const scales = model.horizontal
    ? { y: categoryAxis, x: { ...valueAxis, stacked: model.stacked } }
    : { x: { ...categoryAxis, stacked: model.stacked }, y: { ...valueAxis, stacked: model.stacked } };
  return {
    type: chartType,
    data: { labels: dateAxis ? undefined : (model.categoryLabels ?? []), datasets },
    options: {
      indexAxis: model.horizontal ? ('y' as const) : ('x' as const),
      responsive: true,
      maintainAspectRatio: false,
      animation: options.reducedMotion ? (false as const) : { duration: 400 },
      locale: options.locale,
      scales,
      plugins: {
        legend: { display: model.series.length > 1, labels: { color: theme.text, usePointStyle: model.type !== 'bar' } },
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<ChartType>) => `${item.dataset.label ?? ''}: ${displays[item.datasetIndex]?.[item.dataIndex] ?? ''}`,
            title: dateAxis
              ? (items: TooltipItem<ChartType>[]) =>
                  typeof items[0]?.parsed.x === 'number'
                    ? new Intl.DateTimeFormat(options.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(items[0].parsed.x))
                    : ''
              : undefined,
          },
        },
      },
    },
  };
}

/** Where each marker goes on the category or date axis: a category index or a date in milliseconds. */
export function markerPositions(model: DrawableChart): Array<{ value: number; label: string }> {
  return model.markers
    .map((marker) => ({ value: typeof marker.x === 'number' ? marker.x : (model.categories ?? []).indexOf(marker.x), label: marker.label }))
    .filter((marker) => marker.value >= 0);
}
