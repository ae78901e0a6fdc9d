// Draws a chart model with Chart.js. Loaded only when a chart scrolls into view; registers just the controllers,
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

/** Vertical dashed lines with short labels for timeline events. */
function markerPlugin(model: DrawableChart, theme: ChartTheme): Plugin {
  const markers = markerPositions(model);
  return {
    id: 'timelineMarkers',
    afterDatasetsDraw(chart) {
      const scale = chart.scales.x;
      if (!scale || markers.length === 0) return;
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.strokeStyle = theme.marker;
      ctx.fillStyle = theme.marker;
      ctx.setLineDash([4, 4]);
      ctx.font = '11px system-ui, sans-serif';
      markers.forEach((marker, index) => {
        const x = scale.getPixelForValue(marker.value);
        ctx.beginPath();
        ctx.moveTo(x, chartArea.top);
        ctx.lineTo(x, chartArea.bottom);
        ctx.stroke();
        const label = marker.label.length > 34 ? `${marker.label.slice(0, 33)}…` : marker.label;
        ctx.save();
        ctx.translate(x + 3, chartArea.top + 4 + (index % 2) * 2);
        ctx.rotate(Math.PI / 2);
        ctx.fillText(label, 0, 0);
        ctx.restore();
      });
      ctx.restore();
    },
  };
}

/** Draws `model` on `canvas` and returns the chart (destroy it before drawing again). */
export function drawChart(canvas: HTMLCanvasElement, model: DrawableChart, locale: string): Chart {
  const theme = readTheme(canvas, model);
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const config = chartJsConfig(model, theme, { locale, reducedMotion });
  config.plugins = [markerPlugin(model, theme)];
  return new Chart(canvas, config);
}
