// First paint and chart/map visibility on a throttled phone profile (400 kbit/s, 400 ms round trip, 4× CPU slowdown),
// per page type of the built site. A benchmark, not a test: it prints a table. Usage: npm run build && npm run bench:paint
import { startSite } from '../tests/e2e/harness.ts';
import { textTable } from '../src/lib/textTable.ts';

const PAGES = [
  { type: 'home', path: '/' },
  { type: 'chart page', path: '/charts/area-cleared-per-month/' },
  { type: 'article with chart', path: '/news/annual-clearance-results-2022-2025/' },
  { type: 'map page', path: '/map/' },
  { type: 'dataset page', path: '/data/clearance-reports/' },
];
const TIMEOUT = 60_000;

/** Times recorded in the page, in milliseconds since navigation. */
interface PaintMarks {
  visible?: number;
  interactive?: number;
}

/** Records in the page when the first chart or map picture is laid out, and when Chart.js or Leaflet has drawn. */
function recordVisibility(): void {
  const marks: PaintMarks = {};
  (window as unknown as { paintMarks: PaintMarks }).paintMarks = marks;
  const check = () => {
    const picture = [...document.querySelectorAll('svg[data-chart-svg], svg[data-district-svg]')].find((svg) => svg.getBoundingClientRect().width > 0);
    if (picture && marks.visible === undefined) requestAnimationFrame(() => (marks.visible ??= performance.now()));
    if (document.querySelector('[data-drawn="true"]') && marks.interactive === undefined)
      requestAnimationFrame(() => (marks.interactive ??= performance.now()));
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-drawn'] });
}

const site = await startSite();
const seconds = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(2)} s`);
const rows: string[][] = [];
try {
  for (const { type, path } of PAGES) {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(recordVisibility);
    await page.goto(`${site.baseUrl}${path}`, { waitUntil: 'load', timeout: TIMEOUT });
    const expectsPicture = type !== 'dataset page';
    // Scroll the page's first figure into view, as a reader would, so its interactive version loads.
    await page
      .locator('chart-figure, district-map')
      .first()
      .scrollIntoViewIfNeeded({ timeout: 5_000 })
      .catch(() => undefined);
    await page
      .waitForFunction(() => (window as unknown as { paintMarks: PaintMarks }).paintMarks.interactive !== undefined, undefined, {
        timeout: TIMEOUT,
      })
      .catch(() => undefined);
    const result = await page.evaluate((): PaintMarks & { fcp?: number } => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      ...(window as unknown as { paintMarks: PaintMarks }).paintMarks,
    }));
    // Nothing is on screen before the first paint: a picture laid out earlier becomes visible with it.
    const visible = result.visible === undefined ? undefined : Math.max(result.visible, result.fcp ?? 0);
    rows.push([type, path, seconds(result.fcp), expectsPicture ? seconds(visible) : '–', expectsPicture ? seconds(result.interactive) : '–']);
    await context.close();
  }
} finally {
  await site.close();
}
console.log('Throttled profile: 400 kbit/s, 400 ms round trip, CPU 4× slower; 390 × 844 phone viewport, empty cache\n');
console.log(textTable(['page type', 'path', 'first paint (FCP)', 'chart / map visible', 'Chart.js / Leaflet drawn'], rows));
