import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/format.ts';
import { chartIds, chartPeriods } from './content.ts';
import { startSite, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

/** Number of canvas pixels that are not fully transparent. */
const paintedPixels = (page: Page) =>
  page
    .locator('[data-canvas]')
    .first()
    .evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted += 1;
      return painted;
    });

describe('charts', () => {
  it.each(chartIds)('draws %s on its page, in both languages, with no errors', async (id) => {
    for (const prefix of ['', '/az']) {
      const { page, consoleErrors, foreignRequests } = await site.open(`${prefix}/charts/${id}/`);
      await page.waitForSelector('chart-figure[data-drawn="true"]');
      expect(await paintedPixels(page)).toBeGreaterThan(1000);
      expect(await page.getAttribute('[data-canvas]', 'role')).toBe('img');
      expect((await page.getAttribute('[data-canvas]', 'aria-label'))!.length).toBeGreaterThan(40);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    }
  });

  it('switches between the chart and its table', async () => {
    const { page } = await site.open('/charts/area-cleared-per-year/');
    await page.waitForSelector('chart-figure[data-drawn="true"]');
    expect(await page.isVisible('.chart-table')).toBe(false);
    await page.click('[data-view="table"]');
    expect(await page.isVisible('.chart-table')).toBe(true);
    expect(await page.isVisible('[data-canvas]')).toBe(false);
    expect(await page.getAttribute('[data-view="table"]', 'aria-pressed')).toBe('true');
    // One line per year of the chart's data, a year without a figure reading "not reported" (never 0).
    const periods = chartPeriods('area-cleared-per-year');
    const lines = await page
      .locator('.chart-table tbody tr')
      .evaluateAll((rows) => rows.map((row) => [row.querySelector('th')!.dataset.value, row.querySelector('td')!.textContent!.trim()]));
    expect(lines.map(([period]) => period)).toEqual(periods.map(({ period }) => period));
    periods.forEach(({ period, value }, index) => expect(lines[index]![1], period).toContain(value === null ? 'not reported' : formatNumber(value, 'en')));
  });

  it('keeps the table, caption and CSV link for readers without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/charts/area-cleared-per-month/`);
    expect(await page.isVisible('.chart-table')).toBe(true);
    // Every month from the chart's x.from (or its first monthly row) to x.to (or its last), gaps included.
    const months = chartPeriods('area-cleared-per-month').map(({ period }) => period);
    expect(months.length).toBeGreaterThan(12);
    expect(await page.locator('.chart-table tbody tr th').evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset.value))).toEqual(months);
    expect(await page.isVisible('a[data-csv]')).toBe(true);
    await context.close();
  });

  it('downloads a CSV equal to the table', async () => {
    const { page } = await site.open('/charts/cumulative-area-cleared/');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[data-csv]')]);
    const csv = csvParse(readFileSync((await download.path())!, 'utf8'));
    const table = await page.locator('.chart-table').evaluate((table: HTMLTableElement) => ({
      headers: [...table.tHead!.rows[0]!.cells].map((cell) => cell.textContent!.trim()),
      rows: [...table.tBodies[0]!.rows].map((row) => [...row.cells].map((cell) => (cell as HTMLElement).dataset.value ?? '')),
    }));
    expect(csv.columns).toEqual([...table.headers.slice(0, -1), 'source_url', 'source_publisher', 'source_date']);
    expect(csv.length).toBe(table.rows.length);
    csv.forEach((record, index) => {
      const cells = table.rows[index]!;
      expect(table.headers.slice(0, -1).map((header) => record[header])).toEqual(cells.slice(0, -1));
      expect(record.source_url).toMatch(/^https?:\/\//);
    });
  });

  it('downloads the build-time PNG card, with the chart drawn in, with JavaScript or without', async () => {
    const { page } = await site.open('/charts/casualties-since-2020/');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-png]')]);
    expect(download.suggestedFilename()).toBe('casualties-since-2020.png');
    const png = readFileSync((await download.path())!);
    expect(png).toEqual(readFileSync(fileURLToPath(new URL('../../dist/og/chart/casualties-since-2020.png', import.meta.url))));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    // The right part of the card is the chart (many shades: bars, axes, labels), not an empty panel.
    const shades = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.width, image.height];
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(700, 100, 450, 400);
      const seen = new Set<string>();
      for (let i = 0; i < data.length; i += 4) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
      return seen.size;
    }, png.toString('base64'));
    expect(shades).toBeGreaterThan(20);
  });

  it('copies the embed code and the permalink', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/charts/area-cleared-per-year/`);
    await page.click('button:has-text("Copy embed code")');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^<iframe src="[^"]+\/embed\/area-cleared-per-year\/" title="Area cleared per year"/,
    );
    await page.click('button:has-text("Copy link")');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/charts\/area-cleared-per-year\/$/);
    expect(await page.textContent('[data-copy-status]')).toBe('Copied');
    await context.close();
  });

  it('opens the embed page on its own: just the figure, drawn, with a link back', async () => {
    const { page, consoleErrors } = await site.open('/embed/area-cleared-by-district-2025/');
    await page.waitForSelector('chart-figure[data-drawn="true"]');
    expect(await page.locator('header, nav, footer').count()).toBe(0);
    expect(await paintedPixels(page)).toBeGreaterThan(1000);
    expect(await page.getAttribute('a[target="_top"]', 'href')).toBe('/charts/area-cleared-by-district-2025/');
    expect(consoleErrors).toEqual([]);
  });

  it('lists every chart on the charts page', async () => {
    const { page } = await site.open('/az/charts/');
    expect(await page.locator('.chart-list li').count()).toBe(chartIds.length);
  });

  it('numbers the event markers on the SVG as in the key under the chart, with no two badges touching', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/charts/area-cleared-per-month/`);
    const key = await page.locator('.marker-key li').allTextContents();
    const badges = await page
      .locator('svg.chart-svg-narrow .chart-markers circle')
      .evaluateAll((circles) =>
        circles.map((circle) => ({ x: Number(circle.getAttribute('cx')), y: Number(circle.getAttribute('cy')), r: Number(circle.getAttribute('r')) })),
      );
    const numbers = await page.locator('svg.chart-svg-narrow .chart-markers text').allTextContents();
    expect(key.length).toBeGreaterThan(0);
    expect(numbers).toEqual(key.map((_, index) => String(index + 1)));
    for (const a of badges) for (const b of badges) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r);
    await context.close();
  });
});
