// <chart-figure>: the server renders the chart as SVG, its table, caption and the CSV and SVG links; this element adds
// Chart.js over the SVG (tooltips, series toggles), fetched only when the figure scrolls into view, or on a Save-Data
// connection only when the reader asks for it ("Interactive chart"); and the Chart | Table switch
// and the copy buttons. Without JavaScript the reader gets the SVG, the table and the downloads (CSV, SVG and the
// build-time PNG card).
import type { Chart } from 'chart.js';
import { isDrawableChart, type DrawableChart } from '../lib/charts/drawableChart.ts';
import { readScriptJson } from '../lib/jsonScript.ts';

class ChartFigure extends HTMLElement {
  private chart: Chart | undefined;

  connectedCallback(): void {
    const model = readScriptJson(this.querySelector('[data-model]')?.textContent, isDrawableChart, '<chart-figure>');
    this.querySelector<HTMLElement>('[data-switch]')!.hidden = false;
    this.querySelectorAll<HTMLElement>('[data-copy]').forEach((button) => (button.hidden = false));
    this.querySelectorAll<HTMLButtonElement>('[data-view]').forEach((button) =>
      button.addEventListener('click', () => this.show(button.dataset.view === 'table' ? 'table' : 'chart')),
    );
    this.querySelectorAll<HTMLButtonElement>('[data-copy]').forEach((button) => button.addEventListener('click', () => this.copy(button.dataset.copy!)));
    this.show('chart');
    if ((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData) {
      const button = this.querySelector<HTMLButtonElement>('[data-interactive]')!;
      button.hidden = false;
      button.addEventListener('click', () => void this.draw(model).then(() => (button.hidden = true)));
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void this.draw(model);
    });
    observer.observe(this);
  }

  disconnectedCallback(): void {
    this.chart?.destroy();
  }

  private show(view: 'chart' | 'table'): void {
    this.querySelector<HTMLElement>('[data-chart-view]')!.hidden = view !== 'chart';
    this.querySelector<HTMLElement>('[data-table-view]')!.hidden = view !== 'table';
    this.querySelectorAll<HTMLButtonElement>('[data-view]').forEach((button) => button.setAttribute('aria-pressed', String(button.dataset.view === view)));
  }

  private drawing: Promise<void> | undefined;

  /** Draws Chart.js over the SVG once; if it fails, the SVG stays (it shows the same figures). */
  private draw(model: DrawableChart): Promise<void> {
    this.drawing ??= (async () => {
      const host = this.querySelector<HTMLElement>('[data-canvas-host]')!;
      try {
        const { drawChart } = await import('./drawChart.ts');
        host.hidden = false;
        this.fitCanvas(host);
        new ResizeObserver(() => this.fitCanvas(host)).observe(this.querySelector('[data-chart-view]')!);
        this.chart = drawChart(this.querySelector<HTMLCanvasElement>('[data-canvas]')!, model, this.dataset.locale ?? 'en-GB');
        this.querySelectorAll('[data-chart-svg]').forEach((svg) => svg.setAttribute('aria-hidden', 'true'));
        this.dataset.drawn = 'true';
      } catch (error) {
        console.error(error);
        host.hidden = true;
      }
    })();
    return this.drawing;
  }

  /** Gives the canvas the height of the visible SVG's axes and plot, so Chart.js covers them and the legend stays. */
  private fitCanvas(host: HTMLElement): void {
    const svg = [...this.querySelectorAll<SVGSVGElement>('[data-chart-svg]')].find((candidate) => candidate.getBoundingClientRect().height > 0);
    if (svg) host.style.blockSize = `${Number(svg.dataset.chartSvg) * 100}%`;
  }

  private async copy(text: string): Promise<void> {
    const status = this.querySelector<HTMLElement>('[data-copy-status]')!;
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = this.dataset.copied ?? 'Copied';
    } catch {
      // Clipboard refused (insecure context or permissions): show the text so it can be copied by hand.
      status.textContent = text;
    }
  }
}

customElements.define('chart-figure', ChartFigure);
