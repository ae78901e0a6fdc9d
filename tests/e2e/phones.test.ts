// Phones: no page scrolls sideways at 320 and 390 px, with JavaScript on and off, in both languages. One page of every
// page type (URLs of the sitemap grouped by language and first path segment, and whether they go deeper) stands for
// its type: the largest built file of the type, the one most likely to hold the widest table.
import { readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { startSite, type Site } from './harness.ts';

const sitemap = readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);

/** The page type of a path: its language, first segment and depth (`/az/charts/x/` → `az /charts/*`). */
function pageType(path: string): string {
  const segments = path.split('/').filter(Boolean);
  const lang = segments[0] === 'az' ? segments.shift() : 'en';
  return `${lang} /${segments.slice(0, 1).join('/')}${segments.length > 1 ? '/*' : ''}${segments.length > 2 ? '/*' : ''}`;
}
const size = (path: string) => statSync(new URL(`../../dist${decodeURIComponent(path)}index.html`, import.meta.url)).size;
const largestFirst = [...paths].sort((a, b) => size(a) - size(b));
const samples = [...new Map(largestFirst.map((path) => [pageType(path), path])).values()].sort();

const SETTINGS = [
  { width: 320, javaScript: true },
  { width: 320, javaScript: false },
  { width: 390, javaScript: true },
  { width: 390, javaScript: false },
];

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site.close();
});

describe('phones', () => {
  it('samples every page type in both languages', () => {
    const types = new Set(samples.map(pageType));
    expect(paths.every((path) => types.has(pageType(path)))).toBe(true);
    const english = [...types].filter((type) => type.startsWith('en ')).map((type) => type.slice(3));
    expect([...types].filter((type) => type.startsWith('az ')).map((type) => type.slice(3))).toEqual(english);
    expect(english).toEqual(expect.arrayContaining(['/charts/*', '/data/*', '/news/*']));
  });

  for (const { width, javaScript } of SETTINGS) {
    it(`no page is wider than a ${width} px screen with JavaScript ${javaScript ? 'on' : 'off'}`, async () => {
      const context: BrowserContext = await site.browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: javaScript });
      const page = await context.newPage();
      const wide: string[] = [];
      for (const path of samples) {
        await page.goto(`${site.baseUrl}${path}`, { waitUntil: 'load' });
        const { scrollWidth, innerWidth, culprit } = await page.evaluate(() => {
          const innerWidth = window.innerWidth;
          // The outermost element reaching past the screen's edge, to name in the failure.
          const past = [...document.body.querySelectorAll('*')].find((element) => {
            const box = element.getBoundingClientRect();
            return box.right > innerWidth + 1 && getComputedStyle(element).position !== 'fixed';
          });
          const name = past ? `${past.tagName.toLowerCase()}${past.className ? `.${String(past.className).split(' ').join('.')}` : ''}` : '';
          return { scrollWidth: document.scrollingElement!.scrollWidth, innerWidth, culprit: name };
        });
        if (scrollWidth > innerWidth) wide.push(`${path}: ${scrollWidth} px (${culprit})`);
      }
      await context.close();
      expect(wide).toEqual([]);
    });
  }
});
