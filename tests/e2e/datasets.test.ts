import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { unzipSync } from 'fflate';
import datapackage from 'datapackage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from './harness.ts';

const DIST = new URL('../../dist/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, DIST));
const sha256 = (bytes: Buffer | Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const datasetIds = readdirSync(new URL('../../content/datasets/', import.meta.url)).map((file) => file.replace(/\.json$/, ''));

/** A JSON row's value as CSV writes it: lists joined by ";", not reported empty, numbers as JavaScript prints them. */
const asCsvText = (value: unknown) => (value === null ? '' : Array.isArray(value) ? value.join(';') : String(value));

describe('published dataset files', () => {
  it.each(datasetIds)('%s.csv parses (with d3-dsv) to exactly the rows of %s.json', (id) => {
    const json = JSON.parse(read(`data/${id}.json`).toString('utf8'));
    const csv = read(`data/${id}.csv`).toString('utf8');
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe(json.columns.join(','));
    const parsed = csvParse(csv);
    expect(parsed.columns).toEqual(json.columns);
    expect(parsed.map((row) => ({ ...row }))).toEqual(
      json.rows.map((row: Record<string, unknown>) => Object.fromEntries(json.columns.map((column: string) => [column, asCsvText(row[column])]))),
    );
    for (const row of parsed) expect(row.source_url).toMatch(/^https?:\/\//);
  });

  it('never writes a not-reported value as 0', () => {
    const json = JSON.parse(read('data/clearance-reports.json').toString('utf8'));
    const row = json.rows.find((r: { report_id: string }) => r.report_id === 'cumulative-2020-11-10-2025-12-31');
    expect(row).toMatchObject({ area_cleared_ha: 249000, ap_mines: null, mines_and_uxo_combined: 237000 });
    const csvRow = csvParse(read('data/clearance-reports.csv').toString('utf8')).find((r) => r.report_id === 'cumulative-2020-11-10-2025-12-31');
    expect(csvRow).toMatchObject({ area_cleared_ha: '249000', ap_mines: '', at_mines: '', uxo: '', mines_and_uxo_combined: '237000' });
  });

  it('has a data package that validates against the official Tabular Data Package profile', async () => {
    const descriptor = JSON.parse(read('data/datapackage.json').toString('utf8'));
    const pkg = await datapackage.Package.load(descriptor, { basePath: new URL('data/', DIST).pathname });
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(descriptor.profile).toBe('tabular-data-package');
    expect(descriptor.resources.map((r: { name: string }) => r.name).sort()).toEqual([...datasetIds].sort());
  });

  it('states the true size and SHA-256 of every file, in the package, the API and the pages', () => {
    const descriptor = JSON.parse(read('data/datapackage.json').toString('utf8'));
    for (const resource of descriptor.resources) {
      const bytes = read(`data/${resource.path}`);
      expect(resource.bytes).toBe(bytes.byteLength);
      expect(resource.hash).toBe(`sha256:${sha256(bytes)}`);
    }
    const api = JSON.parse(read('api/v1/datasets.json').toString('utf8'));
    const files = [...api.datasets.flatMap((d: { files: unknown[] }) => d.files), api.zip, api.dataPackage] as Array<{ url: string; bytes: number; sha256: string }>;
    expect(files).toHaveLength(datasetIds.length * 2 + 2);
    for (const file of files) {
      const bytes = read(new URL(file.url).pathname.slice(1));
      expect([file.url, file.bytes, file.sha256]).toEqual([file.url, bytes.byteLength, sha256(bytes)]);
    }
    for (const id of datasetIds) {
      const page = read(`data/${id}/index.html`).toString('utf8');
      for (const ext of ['csv', 'json']) {
        const bytes = read(`data/${id}.${ext}`);
        expect(page).toContain(`data-file="/data/${id}.${ext}"`);
        expect(page).toContain(`data-bytes="${bytes.byteLength}"`);
        expect(page).toContain(sha256(bytes));
      }
    }
  });

  it('zips every CSV unchanged with the data package, a README and the licence', () => {
    const zip = unzipSync(read('data/mine-action-azerbaijan-data.zip'));
    expect(Object.keys(zip).sort()).toEqual([...datasetIds.map((id) => `${id}.csv`), 'LICENSE.md', 'README.md', 'datapackage.json'].sort());
    for (const id of datasetIds) expect(Buffer.from(zip[`${id}.csv`]!).equals(read(`data/${id}.csv`))).toBe(true);
    expect(Buffer.from(zip['datapackage.json']!).equals(read('data/datapackage.json'))).toBe(true);
  });

  it('gives every dataset a page in both languages', () => {
    for (const id of datasetIds) {
      for (const prefix of ['', 'az/']) {
        const path = new URL(`${prefix}data/${id}/index.html`, DIST);
        expect(existsSync(path), `${prefix}data/${id}/`).toBe(true);
        expect(statSync(path).size).toBeGreaterThan(1000);
      }
    }
  });
});

describe('data pages in the browser', () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  it('lists every dataset in the catalogue with its row count and files', async () => {
    const { page, consoleErrors } = await site.open('/data/');
    expect(await page.locator('.dataset-card').count()).toBe(datasetIds.length);
    expect(await page.locator('#clearance-annual [data-rows]').textContent()).toBe('7');
    expect(await page.locator('#clearance-annual a[href="/data/clearance-annual.csv"]').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
  });

  it('marks a dataset overdue once its next update date has passed', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-29T12:00:00Z'));
    await page.goto(`${site.baseUrl}/data/`);
    expect(await page.isVisible('#clearance-reports [data-overdue]')).toBe(false);
    await page.clock.setFixedTime(new Date('2027-01-15T12:00:00Z'));
    await page.reload();
    expect(await page.isVisible('#clearance-reports [data-overdue]')).toBe(true);
    expect(await page.isVisible('#contamination-estimates [data-overdue]')).toBe(false);
    await context.close();
  });

  it('sorts the preview by a column, empty cells last, and reverses on a second press', async () => {
    const { page } = await site.open('/data/clearance-annual/');
    const header = page.locator('.data-preview th', { hasText: 'area_cleared_ha' });
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const column = await page.locator('.data-preview th').evaluateAll((ths) => ths.findIndex((th) => th.textContent?.includes('area_cleared_ha')));
    const values = () => page.locator(`.data-preview tbody tr td:nth-child(${column + 1})`).evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.value));
    expect(await values()).toEqual(['32823.9', '41915', '53081', '53081.8', '62023.9', '69200', '69205.7']);
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect((await values())[0]).toBe('69205.7');
  });

  it('shows the citation and the schema.org Dataset description', async () => {
    const { page } = await site.open('/data/clearance-annual/');
    const citation = await page.textContent('[data-citation]');
    expect(citation).toMatch(/^Mine Action Azerbaijan \(2026\)\. Area cleared per year, version 1\.0\.0 \(2026-11-28\)\. Figures reported by ANAMA, /);
    expect(await page.textContent('[data-bibtex]')).toContain('@misc{clearance_annual_1_0_0,');
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({ '@type': 'Dataset', version: '1.0.0', license: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(jsonLd.distribution[0].contentUrl).toMatch(/\/data\/clearance-annual\.csv$/);
  });
});
