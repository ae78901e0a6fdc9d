// Draws a chart model with Chart.js over its build-time SVG. Loaded only when a chart scrolls into view (or on request); registers just the controllers,
// elements and scales the portal's charts use, so the bundle stays small.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
  type Plugin,
} from 'chart.js';
import { chartJsConfig, markerPositions, type ChartTheme } from '../lib/charts/chartJsConfig.ts';
import type { DrawableChart } from '../lib/charts/drawableChart.ts';
import { markerRows, placeMarkers } from '../lib/charts/svg/markerLayout.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, ScatterController, Legend, Tooltip);

const TOKENS = ['series-1', 'series-2', 'series-3', 'series-4'] as const;

/** Bar fills per series: solid, stripes, dots, cross-hatch, so series differ without relying on colour. */
function patternFill(colour: string, kind: number, background: string): string | CanvasPattern {
  if (kind === 0) return colour;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const context = tile.getContext('2d')!;
  context.fillStyle = colour;
  context.fillRect(0, 0, 8, 8);
  context.strokeStyle = background;
  context.fillStyle = background;
  context.lineWidth = 2;
  if (kind === 1) {
    context.beginPath();
    context.moveTo(0, 8);
    context.lineTo(8, 0);
    context.stroke();
  } else if (kind === 2) {
    context.beginPath();
    context.arc(4, 4, 1.5, 0, Math.PI * 2);
    context.fill();
  } else {
    context.strokeRect(0, 0, 8, 8);
  }
  return context.createPattern(tile, 'repeat') ?? colour;
}

/** The page's chart colours (light or dark) from CSS custom properties. */
function readTheme(element: Element, model: DrawableChart): ChartTheme {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim();
  const colours = Object.fromEntries(TOKENS.map((token) => [token, read(`--chart-${token}`)])) as ChartTheme['colours'];
  const background = read('--color-bg');
  return {
    colours,
    fills: model.series.map((series, index) => patternFill(colours[series.colour], index, background)),
    text: read('--color-text'),
    grid: read('--color-border'),
    marker: read('--chart-marker'),
    background,
  };
}

const BADGE_RADIUS = 9;
const BADGE_ROW = 2 * BADGE_RADIUS + 4;

/** Badge rows the markers need on a plot about `width` pixels wide, so the chart leaves room for them above the plot. */
function laneRows(model: DrawableChart, width: number): number {
  const markers = markerPositions(model);
  if (!markers.length) return 0;
  const values = markers.map((marker) => marker.value);
  const [min, max] = model.categories ? [-0.5, model.categories.length - 0.5] : [Math.min(...values), Math.max(...values)];
  const xs = values.map((value) => ((value - min) / (max - min || 1)) * width);
  return markerRows(placeMarkers(xs, { left: 0, right: width, radius: BADGE_RADIUS }));
}

/** Timeline events as dashed lines with numbered badges above the plot (the key under the chart names them), as on the SVG. */
function markerPlugin(model: DrawableChart, theme: ChartTheme): Plugin {
  const markers = markerPositions(model);
  return {
    id: 'timelineMarkers',
    afterDatasetsDraw(chart) {
      const scale = chart.scales.x;
      if (!scale || markers.length === 0) return;
      const { ctx, chartArea } = chart;
      const placed = placeMarkers(
        markers.map((marker) => scale.getPixelForValue(marker.value)),
        { left: chartArea.left, right: chartArea.right, radius: BADGE_RADIUS },
      );
      ctx.save();
      ctx.font = 'bold 11px system-ui, sans-serif';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      for (const marker of placed) {
        const badgeY = chartArea.top - 4 - BADGE_RADIUS - marker.row * BADGE_ROW;
        ctx.strokeStyle = theme.marker;
        ctx.setLineDash([4, 3]);
        ctx.beginPath();
        ctx.moveTo(marker.x, badgeY + BADGE_RADIUS);
        ctx.lineTo(marker.x, chartArea.bottom);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.fillStyle = theme.background;
        ctx.beginPath();
        ctx.arc(marker.badgeX, badgeY, BADGE_RADIUS, 0, Math.PI * 2);
        ctx.fill();
        ctx.lineWidth = 1.5;
        ctx.stroke();
        ctx.fillStyle = theme.text;
        ctx.fillText(String(marker.number), marker.badgeX, badgeY + 1);
      }
      ctx.restore();
    },
  };
}

/** Draws `model` on `canvas` and returns the chart (destroy it before drawing again). */
export function drawChart(canvas: HTMLCanvasElement, model: DrawableChart, locale: string): Chart {
  const theme = readTheme(canvas, model);
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const config = chartJsConfig(model, theme, { locale, reducedMotion });
  const rows = laneRows(model, Math.max(100, canvas.clientWidth - 60));
  if (rows) config.options = { ...config.options, layout: { padding: { top: rows * BADGE_ROW + 4 } } };
  config.plugins = [markerPlugin(model, theme)];
  return new Chart(canvas, config);
}
