// The chart is there at first paint: drawn at build time as SVG, so readers without JavaScript see it, and Chart.js
// is fetched only once the figure is in view (or, on a Save-Data connection, only when the reader asks for it).
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartIds, publishedArticles } from './content.ts';
import { startSite, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

/** Pages with a chart, in both languages: every chart page and every published article that embeds `<Chart id>`. */
const chartPages = [
  ...chartIds.flatMap((id) => [`/charts/${id}/`, `/az/charts/${id}/`]),
  ...(['en', 'az'] as const).flatMap((lang) =>
    publishedArticles(lang)
      .filter((article) => /<Chart\s+id=/.test(article.body))
      .map((article) => `${lang === 'az' ? '/az' : ''}/news/${article.slug}/`),
  ),
];

/** The visible build-time SVG chart of each figure on the page, with how many bars and points it draws. */
const visibleSvgCharts = (page: Page) =>
  page.locator('chart-figure').evaluateAll((figures) =>
    figures.map((figure) => {
      const svg = [...figure.querySelectorAll('svg[data-chart-svg]')].find((candidate) => candidate.getBoundingClientRect().width > 0);
      return {
        role: svg?.getAttribute('role') ?? null,
        title: svg?.querySelector('title')?.textContent ?? '',
        marks: svg?.querySelectorAll('[data-series]').length ?? 0,
        width: svg?.getBoundingClientRect().width ?? 0,
      };
    }),
  );

/** The chunk of src/client/drawChart.ts (Chart.js with it) each time the page requests it. */
function chartScripts(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.resourceType() === 'script' && /\/drawChart\.[\w-]+\.js$/.test(url.pathname)) requested.push(url.pathname);
  });
  return requested;
}

/** Opens `path` with the first `<tag>` pushed far below the fold, so it starts out of view. */
async function openWithFigureBelowFold(context: BrowserContext, path: string, tag = 'chart-figure'): Promise<Page> {
  const page = await context.newPage();
  await page.route(`${site.baseUrl}${path}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(`<${tag}`, `<div data-spacer style="block-size: 4000px"></div><${tag}`);
    await route.fulfill({ response, body: html });
  });
  return page;
}

describe('charts at first paint', () => {
  it('finds pages with charts in both languages', () => {
    expect(chartPages.some((path) => path.startsWith('/az/news/'))).toBe(true);
    expect(chartPages.some((path) => path.startsWith('/news/'))).toBe(true);
  });

  it.each([1280, 320])('shows an SVG chart with its bars or points on every page with a chart, JavaScript off, %i px wide', async (width) => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 800 } });
    const page = await context.newPage();
    for (const path of chartPages) {
      await page.goto(`${site.baseUrl}${path}`);
      const charts = await visibleSvgCharts(page);
      expect(charts.length, path).toBeGreaterThan(0);
      for (const chart of charts) {
        expect(chart.role, path).toBe('img');
        expect(chart.title.length, path).toBeGreaterThan(5);
        expect(chart.marks, path).toBeGreaterThan(0);
        expect(chart.width, path).toBeLessThanOrEqual(width);
      }
      // Nothing scrolls sideways: a wide table scrolls inside its figure.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
    }
    await context.close();
  });

  it('serves each chart as a standalone SVG file in both languages, linked beside the other downloads', async () => {
    for (const prefix of ['', '/az']) {
      const { page } = await site.open(`${prefix}/charts/${chartIds[0]}/`);
      const href = await page.getAttribute('a[data-svg]', 'href');
      expect(href).toBe(`${prefix}/charts/${chartIds[0]}.svg`);
      const response = await page.request.get(`${site.baseUrl}${href}`);
      expect(response.headers()['content-type']).toContain('image/svg+xml');
      const svg = await response.text();
      expect(svg).toContain('role="img"');
      expect(svg).not.toContain('var(--');
      await page.context().close();
    }
  });

  it('fetches Chart.js only once the figure scrolls into view, then draws over the SVG without moving anything', async () => {
    const context = await site.browser.newContext();
    const path = `/charts/${chartIds[0]}/`;
    const page = await openWithFigureBelowFold(context, path);
    const requested = chartScripts(page);
    await page.goto(`${site.baseUrl}${path}`, { waitUntil: 'networkidle' });
    expect(requested).toEqual([]);
    const figure = page.locator('chart-figure').first();
    await figure.scrollIntoViewIfNeeded();
    const before = await figure.boundingBox();
    await page.waitForSelector('chart-figure[data-drawn="true"]');
    expect(requested.length).toBeGreaterThan(0);
    expect(await figure.boundingBox()).toEqual(before);
    await context.close();
  });

  it('on a Save-Data connection, fetches no chart script until the reader asks for the interactive chart', async () => {
    const context = await site.browser.newContext({ extraHTTPHeaders: { 'Save-Data': 'on' } });
    // Chromium reports Save-Data only when its data saver is on: the page sees what such a browser tells it.
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }), configurable: true }));
    const page = await context.newPage();
    const requested = chartScripts(page);
    await page.goto(`${site.baseUrl}/charts/${chartIds[0]}/`, { waitUntil: 'networkidle' });
    expect(await page.locator('svg[data-chart-svg]').first().isVisible()).toBe(true);
    await page.waitForTimeout(500);
    expect(requested).toEqual([]);
    const button = page.locator('[data-interactive]');
    expect(await button.isVisible()).toBe(true);
    await button.click();
    await page.waitForSelector('chart-figure[data-drawn="true"]');
    expect(requested.length).toBeGreaterThan(0);
    expect(await button.isVisible()).toBe(false);
    await context.close();
  });

  it('paints the build-time SVG map first and fetches Leaflet only once the map scrolls into view', async () => {
    const context = await site.browser.newContext();
    const page = await openWithFigureBelowFold(context, '/map/', 'district-map');
    const leaflet: string[] = [];
    page.on('request', (request) => /\/(drawMap|leaflet-src)[\w.-]*\.js$/.test(new URL(request.url()).pathname) && leaflet.push(request.url()));
    await page.goto(`${site.baseUrl}/map/`, { waitUntil: 'networkidle' });
    expect(leaflet).toEqual([]);
    const map = page.locator('district-map');
    await map.scrollIntoViewIfNeeded();
    expect(await page.locator('[data-district-svg]').first().isVisible()).toBe(true);
    await page.waitForSelector('district-map[data-drawn="true"]');
    expect(leaflet.length).toBeGreaterThan(0);
    await context.close();
  });
});
