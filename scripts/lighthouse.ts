// Runs Lighthouse (mobile) on the main page types of the built site and prints a table of scores.
// Usage: npm run build && npm run lighthouse   (uses CHROME_PATH or a system Chromium, as the browser tests do)
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { findChromium } from '../tests/e2e/harness.ts';

const PAGES = [
  ['home', '/'],
  ['timeline', '/timeline/'],
  ['map', '/map/'],
  ['data', '/data/'],
  ['article', '/news/annual-clearance-results-2022-2025/'],
  ['chart', '/charts/area-cleared-per-month/'],
] as const;
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;

const root = fileURLToPath(new URL('..', import.meta.url));
const port = 4329;
const server = await preview({ root, logLevel: 'error', server: { port, host: '127.0.0.1' } });
const chrome = await chromeLauncher.launch({
  chromePath: await findChromium(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const rows: string[][] = [];
let missed = false;
try {
  for (const [type, path] of PAGES) {
    const result = await lighthouse(`http://127.0.0.1:${port}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile' });
    const categories = result!.lhr.categories;
    const scores = (Object.keys(TARGETS) as Array<keyof typeof TARGETS>).map((key) => {
      const score = Math.round((categories[key]?.score ?? 0) * 100);
      missed ||= score < TARGETS[key];
      return `${score}${score < TARGETS[key] ? ' (below ' + TARGETS[key] + ')' : ''}`;
    });
    rows.push([type, path, ...scores]);
  }
} finally {
  await chrome.kill();
  await server.stop();
}
const header = ['page', 'path', 'performance', 'accessibility', 'best practices', 'SEO'];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
if (missed) process.exitCode = 1;
