// <chart-figure>: the server renders the table, caption and a CSV link; this element adds the chart itself
// (Chart.js is fetched only when the figure scrolls into view), the Chart | Table switch, the PNG download
// and the copy buttons. Without JavaScript the reader gets the table and the CSV.
import type { Chart } from 'chart.js';
import { isDrawableChart, type DrawableChart } from '../lib/charts/drawableChart.ts';
import { readScriptJson } from '../lib/jsonScript.ts';

class ChartFigure extends HTMLElement {
  private chart: Chart | undefined;

  connectedCallback(): void {
    const model = readScriptJson(this.querySelector('[data-model]')?.textContent, isDrawableChart, '<chart-figure>');
    this.querySelector<HTMLElement>('[data-switch]')!.hidden = false;
    this.querySelectorAll<HTMLElement>('[data-png], [data-copy]').forEach((button) => (button.hidden = false));
    this.querySelectorAll<HTMLButtonElement>('[data-view]').forEach((button) =>
      button.addEventListener('click', () => this.show(button.dataset.view === 'table' ? 'table' : 'chart')),
    );
    this.querySelector('[data-png]')!.addEventListener('click', () => this.downloadPng());
    this.querySelectorAll<HTMLButtonElement>('[data-copy]').forEach((button) => button.addEventListener('click', () => this.copy(button.dataset.copy!)));
    this.show('chart');
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

  private async draw(model: DrawableChart): Promise<void> {
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    try {
      const { drawChart } = await import('./drawChart.ts');
      this.chart = drawChart(this.querySelector<HTMLCanvasElement>('[data-canvas]')!, model, this.dataset.locale ?? 'en-GB');
      status.hidden = true;
      this.dataset.drawn = 'true';
    } catch (error) {
      console.error(error);
      status.hidden = true;
      this.querySelector<HTMLElement>('[data-failed]')!.hidden = false;
      this.querySelector<HTMLElement>('[data-switch]')!.hidden = true;
      this.show('table');
    }
  }

  /** A PNG of the chart with its title, subtitle, source line and the page address drawn in. */
  private downloadPng(): void {
    const source = this.querySelector<HTMLCanvasElement>('[data-canvas]')!;
    const scale = source.width / (source.clientWidth || source.width);
    const width = source.width;
    const padding = 24 * scale;
    const canvas = document.createElement('canvas');
    canvas.width = width + padding * 2;
    canvas.height = source.height + 130 * scale;
    const context = canvas.getContext('2d')!;
    const tokens = getComputedStyle(this);
    const colour = (token: '--export-bg' | '--export-text' | '--export-muted') => tokens.getPropertyValue(token).trim();
    context.fillStyle = colour('--export-bg');
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.fillStyle = colour('--export-text');
    context.font = `bold ${20 * scale}px system-ui, sans-serif`;
    context.fillText(this.dataset.title ?? '', padding, padding + 16 * scale, width);
    context.fillStyle = colour('--export-muted');
    context.font = `${13 * scale}px system-ui, sans-serif`;
    context.fillText(this.dataset.subtitle ?? '', padding, padding + 38 * scale, width);
    context.drawImage(source, padding, padding + 52 * scale);
    context.font = `${11 * scale}px system-ui, sans-serif`;
    context.fillText(this.dataset.sourceLine ?? '', padding, canvas.height - padding, width);
    canvas.toBlob((blob) => {
      if (!blob) return;
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `${this.dataset.chart}.png`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    }, 'image/png');
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
