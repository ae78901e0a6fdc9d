// Every page in the sitemap, both languages, in real Chromium: no accessibility violations (axe-core, WCAG 2.2 A and
// AA), no request to another origin, no Content-Security-Policy violation, no console error.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSite, type Site } from './harness.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const sitemap = readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface PageReport {
  path: string;
  violations: string[];
  foreign: string[];
  csp: string[];
  errors: string[];
}

let site: Site;
const reports: PageReport[] = [];

/** Opens `path` on a reused tab and collects what the checks need. */
async function check(page: Page, path: string): Promise<PageReport> {
  const foreign: string[] = [];
  const errors: string[] = [];
  const onRequest = (request: { url(): string }) => {
    const url = request.url();
    if (!url.startsWith(site.baseUrl) && !/^(data|blob):/.test(url)) foreign.push(url);
  };
  const onConsole = (message: { type(): string; text(): string }) => message.type() === 'error' && errors.push(message.text());
  page.on('request', onRequest);
  page.on('console', onConsole);
  await page.goto(`${site.baseUrl}${path}`, { waitUntil: 'load' });
  // Scroll to the end so charts and maps load, as a reader's would.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForTimeout(150);
  await page.evaluate(axeSource);
  const result = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG)} } })`)) as {
    violations: Array<{ id: string; nodes: Array<{ target: string[] }> }>;
  };
  const csp = (await page.evaluate('window.__cspViolations ?? []')) as string[];
  page.off('request', onRequest);
  page.off('console', onConsole);
  return {
    path,
    violations: result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    ),
    foreign,
    csp,
    errors,
  };
}

beforeAll(async () => {
  site = await startSite();
  const context = await site.browser.newContext();
  await context.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
    document.addEventListener('securitypolicyviolation', (event) => list.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  // Two tabs at a time: fast enough for a 2-core CI machine.
  const tabs = await Promise.all([context.newPage(), context.newPage()]);
  const queue = [...paths];
  await Promise.all(
    tabs.map(async (tab) => {
      for (let path = queue.shift(); path; path = queue.shift()) reports.push(await check(tab, path));
    }),
  );
  await context.close();
}, 900_000);

afterAll(async () => {
  await site?.close();
});

describe(`every page in the sitemap`, () => {
  it('covers both languages', () => {
    expect(paths.length).toBeGreaterThan(300);
    expect(paths.filter((path) => path.startsWith('/az/')).length * 2).toBe(paths.length);
  });
  it('has no accessibility violation (WCAG 2.2 A and AA)', () => {
    expect(
      reports
        .filter((report) => report.violations.length)
        .map((report) => `${report.path}: ${report.violations.join('; ')}`)
        .slice(0, 20),
    ).toEqual([]);
  });
  it('requests nothing from another origin', () => {
    expect(reports.filter((report) => report.foreign.length).map((report) => `${report.path}: ${report.foreign.join(', ')}`)).toEqual([]);
  });
  it('breaks no rule of its Content-Security-Policy', () => {
    expect(reports.filter((report) => report.csp.length).map((report) => `${report.path}: ${report.csp.join(', ')}`)).toEqual([]);
  });
  it('logs no error in the console', () => {
    expect(reports.filter((report) => report.errors.length).map((report) => `${report.path}: ${report.errors.join(' | ')}`)).toEqual([]);
  });
});
