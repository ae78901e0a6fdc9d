// A chart as SVG text, drawn at build time from the DrawableChart the browser also receives: what readers see at first
// paint, without JavaScript and in print, and the chart's downloadable .svg file. Colours are tokens, named through a
// Paint (a var() with the light value as fallback inline, the value itself in a file). Meaning never rests on colour alone: series differ by
// point shape or bar pattern, figures worded "about"/"more than" are hollow or pale and outlined, gaps are ticks.
import type { DrawableChart } from '../drawableChart.ts';
import { chartLayout, LINE_HEIGHT, MARKER_RADIUS, TEXT_SIZE, type ChartLayout, type LayoutOptions } from './chartLayout.ts';
import type { Paint } from './tokenValues.ts';

/** What renderChartSvg needs besides the chart. */
export interface SvgChartOptions extends LayoutOptions {
  /** The accessible name (the chart's title) and description (its text alternative). */
  title: string;
  description: string;
  /** How token colours are written. */
  paint: Paint;
  /** Unique within the page: ids of the title, description and patterns start with it. */
  idPrefix: string;
  /** Class on the <svg> element. */
  className?: string;
}

/** Text safe inside an SVG element or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const SERIES_TOKENS = {
  'series-1': '--chart-series-1',
  'series-2': '--chart-series-2',
  'series-3': '--chart-series-3',
  'series-4': '--chart-series-4',
} as const;

/** A point symbol per series (circle, triangle, square, diamond), the same shapes as Chart.js's POINT_STYLES. */
export function symbolPath(series: number, cx: number, cy: number, r = 4.5): string {
  const n = (value: number) => Math.round(value * 10) / 10;
  switch (series % 4) {
    case 0:
      return `M${n(cx - r)},${n(cy)}a${r},${r} 0 1,0 ${n(2 * r)},0a${r},${r} 0 1,0 ${n(-2 * r)},0Z`;
    case 1:
      return `M${n(cx)},${n(cy - r)}L${n(cx + r)},${n(cy + r * 0.8)}L${n(cx - r)},${n(cy + r * 0.8)}Z`;
    case 2:
      return `M${n(cx - r * 0.85)},${n(cy - r * 0.85)}h${n(r * 1.7)}v${n(r * 1.7)}h${n(-r * 1.7)}Z`;
    default:
      return `M${n(cx)},${n(cy - r)}L${n(cx + r)},${n(cy)}L${n(cx)},${n(cy + r)}L${n(cx - r)},${n(cy)}Z`;
  }
}

/** The SVG of `chart`, with its layout (so a component can size the box Chart.js later draws in). */
export function renderChartSvg(chart: DrawableChart, options: SvgChartOptions): { svg: string; layout: ChartLayout } {
  const layout = chartLayout(chart, options);
  const { paint, idPrefix } = options;
  const text = paint('--color-text');
  const muted = paint('--color-muted');
  const grid = paint('--color-border');
  const background = paint('--color-bg');
  const marker = paint('--chart-marker');
  const colourOf = (series: number) => paint(SERIES_TOKENS[chart.series[series]!.colour]);
  // Bar fills per series: solid, stripes, dots, cross-hatch (as the Chart.js patterns), so series differ without colour.
  const fillOf = (series: number) => (series % 4 === 0 || chart.type !== 'bar' ? colourOf(series) : `url(#${idPrefix}-fill-${series})`);
  const out: string[] = [];
  const add = (line: string) => out.push(line);
  const textAt = (x: number, y: number, content: string, style: string, anchor = 'start', size = TEXT_SIZE, weight = '') =>
    `<text x="${x}" y="${y}" text-anchor="${anchor}" font-size="${size}"${weight ? ` font-weight="${weight}"` : ''} style="fill:${style}">${escapeXml(content)}</text>`;

  // data-chart-svg: the share of the height that Chart.js may draw over (axes and plot, not the legend or key).
  const share = (layout.interactive.y + layout.interactive.height) / layout.height;
  add(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc"${options.className ? ` class="${options.className}"` : ''} font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" data-chart-svg="${share.toFixed(4)}">`,
  );
  add(`<title id="${idPrefix}-title">${escapeXml(options.title)}</title>`);
  add(`<desc id="${idPrefix}-desc">${escapeXml(options.description)}</desc>`);
  const patterns = chart.type === 'bar' ? chart.series.map((_, index) => index).filter((index) => index % 4 !== 0) : [];
  if (patterns.length) {
    add('<defs>');
    for (const index of patterns) {
      const colour = colourOf(index);
      const mark =
        index % 4 === 1
          ? `<path d="M0,8L8,0" style="stroke:${background}" stroke-width="2"/>`
          : index % 4 === 2
            ? `<circle cx="4" cy="4" r="1.5" style="fill:${background}"/>`
            : `<rect width="8" height="8" style="fill:none;stroke:${background}" stroke-width="2"/>`;
      add(
        `<pattern id="${idPrefix}-fill-${index}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" style="fill:${colour}"/>${mark}</pattern>`,
      );
    }
    add('</defs>');
  }
  if (options.frame) add(`<rect width="100%" height="100%" style="fill:${background}"/>`);

  // Title and subtitle (file only).
  layout.header.title.forEach((line, index) => add(textAt(8, 8 + 16 + index * 21, line, text, 'start', 16, '700')));
  layout.header.subtitle.forEach((line, index) => add(textAt(8, 8 + layout.header.title.length * 21 + 14 + index * LINE_HEIGHT, line, muted)));

  const { plot } = layout;
  const base = plot.y + plot.height;
  // Value grid and ticks.
  add('<g class="chart-axes">');
  if (chart.horizontal) {
    for (const tick of layout.valueTicks) {
      add(`<line x1="${tick.at}" y1="${plot.y}" x2="${tick.at}" y2="${base}" style="stroke:${grid}" stroke-width="1"/>`);
      add(textAt(tick.at, base + 15, tick.label, text, 'middle'));
    }
    for (const tick of layout.categoryTicks) add(textAt(plot.x - 8, tick.at + 4, tick.label, text, 'end'));
  } else {
    for (const tick of layout.valueTicks) {
      add(`<line x1="${plot.x}" y1="${tick.at}" x2="${plot.x + plot.width}" y2="${tick.at}" style="stroke:${grid}" stroke-width="1"/>`);
      add(textAt(plot.x - 6, tick.at + 4, tick.label, text, 'end'));
    }
    add(`<line x1="${plot.x}" y1="${base}" x2="${plot.x + plot.width}" y2="${base}" style="stroke:${muted}" stroke-width="1"/>`);
    const anchor = chart.unit === 'month' ? 'start' : 'middle';
    for (const tick of layout.categoryTicks) {
      if (chart.unit === 'month' || chart.unit === 'day')
        add(`<line x1="${tick.at}" y1="${base}" x2="${tick.at}" y2="${base + 5}" style="stroke:${muted}" stroke-width="1"/>`);
      add(textAt(chart.unit === 'month' ? tick.at + 2 : tick.at, base + 18, tick.label, text, anchor));
    }
  }
  add('</g>');

  // Markers: a dashed line and a numbered badge each (the key says what the numbers are).
  if (layout.markers.length) {
    add('<g class="chart-markers">');
    for (const placed of layout.markers) {
      add(
        `<line x1="${placed.x}" y1="${placed.badgeY + MARKER_RADIUS}" x2="${placed.x}" y2="${base}" style="stroke:${marker}" stroke-width="1" stroke-dasharray="4 3" data-marker="${placed.number}"/>`,
      );
      add(`<circle cx="${placed.badgeX}" cy="${placed.badgeY}" r="${MARKER_RADIUS}" style="fill:${background};stroke:${marker}" stroke-width="1.5"/>`);
      add(textAt(placed.badgeX, placed.badgeY + 4, String(placed.number), text, 'middle', 11, '700'));
    }
    add('</g>');
  }

  // Bars, lines, points and gaps.
  add('<g class="chart-marks">');
  for (const bar of layout.bars) {
    const colour = colourOf(bar.series);
    const style = bar.exact ? `fill:${fillOf(bar.series)}` : `fill:${colour};fill-opacity:0.33;stroke:${colour}`;
    add(
      `<rect x="${bar.x}" y="${bar.y}" width="${bar.width}" height="${bar.height}" style="${style}"${bar.exact ? '' : ' stroke-width="1.5"'} data-series="${bar.series}"${bar.exact ? '' : ' data-qualified=""'}><title>${escapeXml(`${chart.series[bar.series]!.label}, ${chart.categoryLabels?.[bar.index] ?? ''}: ${bar.display}`)}</title></rect>`,
    );
  }
  for (const line of layout.lines) {
    const dash = ['', '6 4', '2 3', '10 3 2 3'][line.series % 4];
    for (const segment of line.segments)
      add(
        `<polyline points="${segment.map(([x, y]) => `${x},${y}`).join(' ')}" style="fill:none;stroke:${colourOf(line.series)}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
      );
  }
  for (const point of layout.points) {
    const colour = colourOf(point.series);
    add(
      `<path d="${symbolPath(point.series, point.cx, point.cy)}" style="fill:${point.exact ? colour : background};stroke:${colour}" stroke-width="2" data-series="${point.series}"${point.exact ? '' : ' data-qualified=""'}><title>${escapeXml(`${chart.series[point.series]!.label}: ${point.display}`)}</title></path>`,
    );
  }
  for (const gap of layout.gaps)
    add(`<line x1="${gap.x1}" y1="${gap.y1}" x2="${gap.x2}" y2="${gap.y2}" style="stroke:${muted}" stroke-width="1.5" data-gap=""/>`);
  add('</g>');

  // Legend: a swatch drawn like the marks, then the words.
  add('<g class="chart-legend">');
  for (const item of layout.legend) {
    const cy = item.y + 9;
    if (item.kind === 'gap') add(`<line x1="${item.x + 8}" y1="${cy - 5}" x2="${item.x + 8}" y2="${cy + 5}" style="stroke:${muted}" stroke-width="1.5"/>`);
    else if (item.kind === 'qualified')
      add(
        chart.type === 'bar'
          ? `<rect x="${item.x + 1}" y="${cy - 6}" width="14" height="12" style="fill:${muted};fill-opacity:0.33;stroke:${muted}" stroke-width="1.5"/>`
          : `<path d="${symbolPath(0, item.x + 8, cy)}" style="fill:${background};stroke:${muted}" stroke-width="2"/>`,
      );
    else if (chart.type === 'bar') add(`<rect x="${item.x + 1}" y="${cy - 6}" width="14" height="12" style="fill:${fillOf(item.series)}"/>`);
    else {
      if (chart.type === 'line')
        add(`<line x1="${item.x}" y1="${cy}" x2="${item.x + 16}" y2="${cy}" style="stroke:${colourOf(item.series)}" stroke-width="2"/>`);
      add(`<path d="${symbolPath(item.series, item.x + 8, cy)}" style="fill:${colourOf(item.series)};stroke:${colourOf(item.series)}" stroke-width="2"/>`);
    }
    item.lines.forEach((line, index) => add(textAt(item.x + 22, cy + 4 + index * LINE_HEIGHT, line, text)));
  }
  add('</g>');

  // Marker key and source line (file only).
  for (const entry of layout.key) {
    const cy = entry.y + MARKER_RADIUS + 1;
    add(`<circle cx="${8 + MARKER_RADIUS}" cy="${cy}" r="${MARKER_RADIUS}" style="fill:${background};stroke:${marker}" stroke-width="1.5"/>`);
    add(textAt(8 + MARKER_RADIUS, cy + 4, String(entry.number), text, 'middle', 11, '700'));
    entry.lines.forEach((line, index) => add(textAt(8 + 2 * MARKER_RADIUS + 8, cy + 4 + index * LINE_HEIGHT, line, text)));
  }
  layout.source.lines.forEach((line, index) => add(textAt(8, layout.source.y + 12 + index * 16, line, muted, 'start', 12)));
  add('</svg>');
  return { svg: out.join(''), layout };
}
