// Geometry of a chart drawn at build time: where the plot, ticks, bars, points, gaps, markers, legend and key go for
// a given width, computed from the same DrawableChart the browser draws with Chart.js. No strings of SVG here
// (renderChartSvg.ts writes them), so positions can be tested by hand.
import type { SiteLanguage } from '../../../schemas/common.ts';
import { formatNumber } from '../../format.ts';
import type { DrawableChart } from '../drawableChart.ts';
import { markerRows, placeMarkers, type PlacedMarker } from './markerLayout.ts';

/** Font sizes and spacing, in the drawing's units (one unit is one CSS pixel at the drawing's own width). */
export const TEXT_SIZE = 13;
export const LINE_HEIGHT = 18;
export const MARKER_RADIUS = 9;
const PADDING = 8;
const CHAR_WIDTH = 0.56;

/** Estimated width of `text` at `size` (no font metrics at build time: a conservative average glyph width). */
export function textWidth(text: string, size = TEXT_SIZE): number {
  return [...text].length * size * CHAR_WIDTH;
}

/** `text` broken at spaces into lines no wider than `width`; a word longer than a line stays whole on its own. */
export function wrapText(text: string, width: number, size = TEXT_SIZE): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** `text` cut with an ellipsis to fit `width`. */
export function fitText(text: string, width: number, size = TEXT_SIZE): string {
  if (textWidth(text, size) <= width) return text;
  const chars = [...text];
  const keep = Math.max(1, Math.floor(width / (size * CHAR_WIDTH)) - 1);
  return `${chars.slice(0, keep).join('').trimEnd()}…`;
}

/** A step of 1, 2 or 5 times a power of ten that splits `max` into at most about `count` parts, and the ticks 0…top. */
export function niceTicks(max: number, count: number): number[] {
  const top = max > 0 ? max : 1;
  const raw = top / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= raw)!;
  const ticks: number[] = [];
  for (let tick = 0; tick < top + step / 2 && ticks.length <= count + 1; tick += step) ticks.push(Number(tick.toPrecision(12)));
  if (ticks.at(-1)! < top) ticks.push(Number((ticks.at(-1)! + step).toPrecision(12)));
  return ticks;
}

/** A rectangle. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One bar: its series, category index and whether the source words it "about"/"more than" (drawn pale and outlined). */
export interface BarShape extends Box {
  series: number;
  index: number;
  exact: boolean;
  display: string;
}

/** One point of a line or points chart; hollow when not exact. */
export interface PointShape {
  series: number;
  cx: number;
  cy: number;
  exact: boolean;
  display: string;
}

/** Where a value is missing: a short tick under the axis (vertical bars) or beside it (horizontal), never a zero bar. */
export interface GapShape {
  series: number;
  index: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** An axis tick with its label. */
export interface Tick {
  /** Position along the axis, in drawing units. */
  at: number;
  label: string;
}

/** A legend entry: what its swatch shows and where it goes. */
export interface LegendItem {
  kind: 'series' | 'qualified' | 'gap';
  series: number;
  x: number;
  y: number;
  lines: string[];
}

/** A numbered marker: its dashed line and its badge. */
export interface MarkerShape extends PlacedMarker {
  badgeY: number;
}

/** Everything drawn, placed. */
export interface ChartLayout {
  width: number;
  height: number;
  /** Lines of the title and subtitle (standalone file only) and the y where the chart starts. */
  header: { title: string[]; subtitle: string[]; bottom: number };
  plot: Box;
  /** The part of the drawing Chart.js replaces (header excluded, legend and key kept): top and height. */
  interactive: { y: number; height: number };
  valueTicks: Tick[];
  categoryTicks: Tick[];
  bars: BarShape[];
  points: PointShape[];
  /** Line paths per series, broken at every gap. */
  lines: Array<{ series: number; segments: Array<Array<[number, number]>> }>;
  gaps: GapShape[];
  markers: MarkerShape[];
  legend: LegendItem[];
  /** The marker key and the source line under the legend (standalone file only). */
  key: Array<{ y: number; lines: string[]; number: number }>;
  source: { y: number; lines: string[] };
}

/** What the layout needs besides the chart. */
export interface LayoutOptions {
  lang: SiteLanguage;
  /** Width of the drawing in units; under 480 the narrow layout (fewer ticks, wrapped legend). */
  width: number;
  /** Height of the plot and its axes for vertical charts; horizontal bars take a row each. */
  height: number;
  /** Legend words. */
  words: { qualified: string; notReported: string };
  /** Title, subtitle, marker key and source line drawn in (the standalone file); the page shows them in HTML. */
  frame?: { title: string; subtitle: string; sourceLine: string };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The years from the first to the last date (milliseconds) whose 1 January falls inside, as date-axis ticks. */
function yearTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let year = new Date(min).getUTCFullYear(); year <= new Date(max).getUTCFullYear() + 1; year += 1) {
    const at = Date.UTC(year, 0, 1);
    if (at >= min && at <= max) ticks.push(at);
  }
  return ticks;
}

/** Every `step`-th item, so labels of a given width do not touch. */
const thin = <T>(items: T[], spacing: number, labelWidth: number): T[] => {
  const step = Math.max(1, Math.ceil((labelWidth + 8) / Math.max(spacing, 1)));
  return items.filter((_, index) => index % step === 0);
};

/** Places every mark of `chart` in a drawing `width` units wide. */
export function chartLayout(chart: DrawableChart, options: LayoutOptions): ChartLayout {
  const { width, lang, frame } = options;
  const narrow = width < 480;
  const inner = width - 2 * PADDING;

  // Header (file only).
  const title = frame ? wrapText(frame.title, inner, 16) : [];
  const subtitle = frame ? wrapText(frame.subtitle, inner) : [];
  const headerBottom = frame ? PADDING + title.length * 21 + subtitle.length * LINE_HEIGHT + 6 : 0;

  const values = chart.series.flatMap((series) => series.points.map((point) => point.y)).filter((y): y is number => y !== null);
  const stackedMax =
    chart.stacked && chart.categories
      ? Math.max(0, ...chart.categories.map((_, index) => chart.series.reduce((sum, series) => sum + (series.points[index]?.y ?? 0), 0)))
      : 0;
  const max = Math.max(0, ...values, stackedMax);
  const categories = chart.categories ?? [];
  const dateAxis = chart.unit === 'day';
  const count = categories.length;

  // Marker lane above the plot, placed once the plot's left and right are known.
  const laneTop = headerBottom + PADDING;

  // Horizontal bars: category names at the left, a row per category.
  if (chart.horizontal) {
    const labels = chart.categoryLabels ?? categories;
    const labelSpace = Math.min(Math.max(0, ...labels.map((label) => textWidth(label))), inner * (narrow ? 0.42 : 0.3));
    const rowHeight = narrow ? 24 : 26;
    const plot: Box = { x: round(PADDING + labelSpace + 8), y: laneTop, width: 0, height: count * rowHeight };
    plot.width = width - PADDING - 12 - plot.x;
    const ticks = niceTicks(max, Math.max(2, Math.floor(plot.width / (narrow ? 70 : 90))));
    const top = ticks.at(-1)!;
    const xOf = (value: number) => round(plot.x + (value / top) * plot.width);
    const thick = (rowHeight * 0.7) / (chart.stacked ? 1 : chart.series.length);
    const bars: BarShape[] = [];
    const gaps: GapShape[] = [];
    categories.forEach((_, index) => {
      let offset = 0;
      chart.series.forEach((series, seriesIndex) => {
        const point = series.points[index]!;
        const y = round(plot.y + index * rowHeight + rowHeight * 0.15 + (chart.stacked ? 0 : seriesIndex * thick));
        if (point.y === null) {
          gaps.push({ series: seriesIndex, index, x1: plot.x - 6, y1: round(y + thick / 2), x2: plot.x - 2, y2: round(y + thick / 2) });
          return;
        }
        const start = chart.stacked ? offset : 0;
        bars.push({
          series: seriesIndex,
          index,
          exact: point.exact,
          display: point.display,
          x: xOf(start),
          y,
          width: round(xOf(start + point.y) - xOf(start)),
          height: round(thick),
        });
        if (chart.stacked) offset += point.y;
      });
    });
    const axisBottom = plot.y + plot.height + LINE_HEIGHT + 4;
    return finish(chart, options, {
      width,
      header: { title, subtitle, bottom: headerBottom },
      plot,
      valueTicks: thin(
        ticks.map((tick) => ({ at: xOf(tick), label: formatNumber(tick, lang) })),
        plot.width / Math.max(1, ticks.length - 1),
        textWidth(formatNumber(top, lang)),
      ),
      categoryTicks: labels.map((label, index) => ({ at: round(plot.y + (index + 0.5) * rowHeight), label: fitText(label, labelSpace) })),
      bars,
      points: [],
      lines: [],
      gaps,
      markers: [],
      axisBottom,
      interactiveTop: headerBottom,
    });
  }

  // Vertical charts: value axis at the left, categories or dates along the bottom.
  const markerRadius = MARKER_RADIUS;
  const plotHeightGuess = options.height - LINE_HEIGHT - 6;
  const valueTickCount = Math.max(2, Math.min(8, Math.floor(plotHeightGuess / (narrow ? 45 : 50))));
  const ticks = niceTicks(max, valueTickCount);
  const top = ticks.at(-1)!;
  const left = round(PADDING + Math.max(...ticks.map((tick) => textWidth(formatNumber(tick, lang)))) + 6);
  const right = width - PADDING - 4;
  const plotWidth = right - left;
  const band = count ? plotWidth / count : plotWidth;
  const dateXs = dateAxis ? chart.series.flatMap((series) => series.points.map((point) => point.x as number)) : [];
  const [minDate, maxDate] = dateXs.length ? [Math.min(...dateXs), Math.max(...dateXs)] : [0, 1];
  const datePad = (maxDate - minDate || 86_400_000) * 0.03;
  const xOf = (x: string | number): number =>
    dateAxis
      ? round(left + ((Number(x) - (minDate - datePad)) / (maxDate - minDate + 2 * datePad || 1)) * plotWidth)
      : round(left + (categories.indexOf(String(x)) + 0.5) * band);

  // Markers: their x positions first, since their rows decide where the plot starts.
  const markerXs = chart.markers
    .map((marker) => (dateAxis ? xOf(marker.x) : categories.includes(String(marker.x)) ? xOf(marker.x) : null))
    .filter((x): x is number => x !== null);
  const placed = placeMarkers(markerXs, { left, right, radius: markerRadius });
  const rows = markerRows(placed);
  const plotTop = laneTop + rows * (2 * markerRadius + 4) + (rows ? 4 : 0);
  const plot: Box = { x: left, y: plotTop, width: plotWidth, height: options.height - LINE_HEIGHT - 6 };
  const base = plot.y + plot.height;
  const yOf = (value: number) => round(base - (value / top) * plot.height);
  const markers = placed.map((marker) => ({ ...marker, badgeY: round(plotTop - 4 - markerRadius - marker.row * (2 * markerRadius + 4)) }));

  const bars: BarShape[] = [];
  const points: PointShape[] = [];
  const gaps: GapShape[] = [];
  const lines: ChartLayout['lines'] = [];
  if (chart.type === 'bar' && !dateAxis) {
    const group = band * 0.8;
    const slot = chart.stacked ? group : group / chart.series.length;
    const offsets = categories.map(() => 0);
    chart.series.forEach((series, seriesIndex) =>
      series.points.forEach((point, index) => {
        const x = round(left + index * band + band * 0.1 + (chart.stacked ? 0 : seriesIndex * slot));
        if (point.y === null) {
          const middle = round(x + slot / 2);
          gaps.push({ series: seriesIndex, index, x1: middle, y1: base + 2, x2: middle, y2: base + 7 });
          return;
        }
        const start = chart.stacked ? offsets[index]! : 0;
        const y = yOf(start + point.y);
        bars.push({ series: seriesIndex, index, exact: point.exact, display: point.display, x, y, width: round(slot), height: round(yOf(start) - y) });
        if (chart.stacked) offsets[index] = start + point.y;
      }),
    );
  } else {
    chart.series.forEach((series, seriesIndex) => {
      const segments: Array<Array<[number, number]>> = [[]];
      series.points.forEach((point, index) => {
        if (point.y === null) {
          if (segments.at(-1)!.length) segments.push([]);
          if (!dateAxis) {
            const middle = xOf(point.x);
            gaps.push({ series: seriesIndex, index, x1: middle, y1: base + 2, x2: middle, y2: base + 7 });
          }
          return;
        }
        const cx = xOf(point.x);
        const cy = yOf(point.y);
        points.push({ series: seriesIndex, cx, cy, exact: point.exact, display: point.display });
        segments.at(-1)!.push([cx, cy]);
      });
      if (chart.type === 'line') lines.push({ series: seriesIndex, segments: segments.filter((segment) => segment.length > 1) });
    });
  }

  // Category or date ticks along the bottom.
  let categoryTicks: Tick[];
  if (dateAxis) {
    const years = yearTicks(minDate - datePad, maxDate + datePad).map((at) => ({ at: xOf(at), label: String(new Date(at).getUTCFullYear()) }));
    categoryTicks = thin(years, years.length > 1 ? years[1]!.at - years[0]!.at : plotWidth, textWidth('0000'));
  } else if (chart.unit === 'month') {
    const januaries = categories.flatMap((key, index) => (key.endsWith('-01') ? [{ at: round(left + index * band), label: key.slice(0, 4) }] : []));
    categoryTicks = thin(januaries, band * 12, textWidth('0000'));
  } else {
    const labels = chart.categoryLabels ?? categories;
    const widest = Math.max(0, ...labels.map((label) => textWidth(label)));
    categoryTicks = thin(
      labels.map((label, index) => ({ at: round(left + (index + 0.5) * band), label: fitText(label, Math.max(band, widest)) })),
      band,
      widest,
    );
  }

  return finish(chart, options, {
    width,
    header: { title, subtitle, bottom: headerBottom },
    plot,
    valueTicks: ticks.map((tick) => ({ at: yOf(tick), label: formatNumber(tick, lang) })),
    categoryTicks,
    bars,
    points,
    lines,
    gaps,
    markers,
    axisBottom: base + LINE_HEIGHT + 8,
    interactiveTop: headerBottom,
  });

  /** Adds the legend, key and source line under the axes, and the total height. */
  function finish(
    drawn: DrawableChart,
    { words: legendWords, frame: drawnFrame }: LayoutOptions,
    parts: Omit<ChartLayout, 'legend' | 'key' | 'source' | 'height' | 'interactive'> & { axisBottom: number; interactiveTop: number },
  ): ChartLayout {
    const { axisBottom, interactiveTop, ...layout } = parts;
    const entries: Array<{ kind: LegendItem['kind']; series: number; text: string }> = drawn.series.map((series, index) => ({
      kind: 'series',
      series: index,
      text: series.label,
    }));
    if (drawn.series.some((series) => series.points.some((point) => point.y !== null && !point.exact)))
      entries.push({ kind: 'qualified', series: 0, text: legendWords.qualified });
    if (layout.gaps.length) entries.push({ kind: 'gap', series: 0, text: legendWords.notReported });
    const swatch = 22;
    const legend: LegendItem[] = [];
    let x = PADDING;
    let y = axisBottom + 6;
    let rowHeight = 0;
    for (const entry of entries) {
      const available = inner - swatch;
      const lines = wrapText(entry.text, available);
      const itemWidth = swatch + Math.max(...lines.map((line) => textWidth(line))) + 16;
      if (x > PADDING && (narrow || x + itemWidth > width - PADDING)) {
        x = PADDING;
        y += rowHeight;
        rowHeight = 0;
      }
      legend.push({ kind: entry.kind, series: entry.series, x: round(x), y: round(y), lines });
      x += itemWidth;
      rowHeight = Math.max(rowHeight, lines.length * LINE_HEIGHT + 4);
    }
    let bottom = y + rowHeight;
    const interactive = { y: interactiveTop, height: round(axisBottom - interactiveTop) };
    const key: ChartLayout['key'] = [];
    const source = { y: bottom, lines: [] as string[] };
    if (drawnFrame) {
      bottom += 4;
      layout.markers.forEach((marker) => {
        const label = drawn.markers[marker.number - 1]?.label ?? '';
        const lines = wrapText(label, inner - 28);
        key.push({ y: round(bottom), lines, number: marker.number });
        bottom += Math.max(lines.length * LINE_HEIGHT, 2 * MARKER_RADIUS + 4);
      });
      source.y = round(bottom + 4);
      source.lines = wrapText(drawnFrame.sourceLine, inner, 12);
      bottom = source.y + source.lines.length * 16;
    }
    return { ...layout, height: Math.ceil(bottom + PADDING), interactive, legend, key, source };
  }
}
