import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { unzipSync } from 'fflate';
import datapackage from 'datapackage';
import tv4 from 'tv4';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { TEST_SITE_URL } from '../../src/lib/siteUrl.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byFrequency } from '../../src/lib/datasets/datasetCitation.ts';
import { formatNumber } from '../../src/lib/format.ts';
import { isOverdue, nextUpdateDue } from '../../src/lib/datasets/nextUpdate.ts';
import { reporterName } from '../../src/i18n/reporters.ts';
import { datasetIds, publishedDataset } from './content.ts';
import { startSite, type Site } from './harness.ts';

const DIST = new URL('../../dist/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, DIST));
const sha256 = (bytes: Buffer | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A JSON row's value as CSV writes it: lists joined by ";", not reported empty, numbers as JavaScript prints them. */
const asCsvText = (value: unknown) => (value === null ? '' : Array.isArray(value) ? value.join(';') : String(value));

// tv4, which `datapackage` validates descriptors with, skips every `format` it has no check for; these are the formats
// the Tabular Data Package profile uses (textarea is a hint for editors, not a check). RFC 3986 absolute URI, RFC 5322
// address in its common form, RFC 3339 date-time.
const FORMAT_CHECKS: Record<string, (value: string) => boolean> = {
  uri: (value) => /^[a-z][a-z0-9+.-]*:[^\s]+$/i.test(value) && URL.canParse(value),
  email: (value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
  'date-time': (value) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value)),
};
for (const [format, check] of Object.entries(FORMAT_CHECKS)) {
  tv4.addFormat(format, (value) => (typeof value !== 'string' || check(value) ? null : `is not a valid ${format}: ${JSON.stringify(value)}`));
}

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
    // Every numeric cell of every row: a number in the JSON where the source gave one, null where it did not, and in
    // the CSV that number or an empty cell, never 0 for a null. Clearance reports that give some counts and not others
    // must exist, or there would be nothing to check.
    const dataset = publishedDataset('clearance-reports');
    const numeric = dataset.fields.filter((field) => field.type === 'number' || field.type === 'integer').map((field) => field.name);
    expect(numeric.length).toBeGreaterThan(1);
    const csv = new Map(csvParse(read('data/clearance-reports.csv').toString('utf8')).map((row) => [row[dataset.columns[0]!], row]));
    const partial = dataset.rows.filter((row) => numeric.some((field) => row[field] === null) && numeric.some((field) => typeof row[field] === 'number'));
    expect(partial.length).toBeGreaterThan(0);
    for (const row of dataset.rows) {
      const csvRow = csv.get(String(row[dataset.columns[0]!]))!;
      for (const field of numeric) {
        const value = row[field];
        expect(value === null || typeof value === 'number', `${row.report_id} ${field}`).toBe(true);
        expect(csvRow[field], `${row.report_id} ${field}`).toBe(value === null ? '' : String(value));
      }
    }
  });

  it('has a data package that validates against the official Tabular Data Package profile, with format checks on', async () => {
    const refused = await datapackage.Package.load({ profile: 'tabular-data-package', name: 'x', homepage: '/data/', resources: [] });
    expect(refused.errors.map(String).join('\n'), 'the format checks are on').toContain('is not a valid uri: "/data/"');
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
    const files = [...api.datasets.flatMap((d: { files: unknown[] }) => d.files), api.zip, api.dataPackage] as Array<{
      url: string;
      bytes: number;
      sha256: string;
    }>;
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
    for (const id of datasetIds) {
      expect(await page.locator(`[id="${id}"] [data-rows]`).textContent(), id).toBe(formatNumber(publishedDataset(id).rows.length, 'en'));
      expect(await page.locator(`[id="${id}"] a[href="/data/${id}.csv"]`).count(), id).toBe(1);
    }
    expect(consoleErrors).toEqual([]);
  });

  it('marks a dataset overdue once its next update date has passed', async () => {
    // Due dates follow each dataset's lastUpdated and updateFrequency (src/lib/datasets/nextUpdate.ts). On the due day of the
    // dataset due first nothing of it is overdue yet; the day after it is, and every other badge agrees with its own date.
    const due = new Map(datasetIds.map((id) => [id, nextUpdateDue(publishedDataset(id).lastUpdated, publishedDataset(id).updateFrequency)]));
    const first = datasetIds.filter((id) => due.get(id) !== null).sort((a, b) => due.get(a)!.localeCompare(due.get(b)!) || a.localeCompare(b))[0];
    expect(first, 'a dataset with a next update date').toBeDefined();
    const dueDay = due.get(first!)!;
    const dayAfter = new Date(Date.parse(`${dueDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const context = await site.browser.newContext();
    const page = await context.newPage();
    for (const today of [dueDay, dayAfter]) {
      await page.clock.setFixedTime(new Date(`${today}T12:00:00Z`));
      await (today === dueDay ? page.goto(`${site.baseUrl}/data/`) : page.reload());
      expect(await page.isVisible(`[id="${first}"] [data-overdue]`), `${first} on ${today}`).toBe(today === dayAfter);
      for (const id of datasetIds) expect(await page.isVisible(`[id="${id}"] [data-overdue]`), `${id} on ${today}`).toBe(isOverdue(due.get(id)!, today));
    }
    await context.close();
  });

  it('sorts the preview by a column, empty cells last, and reverses on a second press', async () => {
    const { page } = await site.open('/data/clearance-annual/');
    // The column's heading is its field title (clearance-annual takes its fields from clearance-reports).
    const fields = (
      JSON.parse(readFileSync(new URL('../../content/datasets/clearance-reports.json', import.meta.url), 'utf8')) as {
        fields: Array<{ name: string; title: { en: string } }>;
      }
    ).fields;
    const label = fields.find((field) => field.name === 'area_cleared_ha')!.title.en;
    const button = page.getByRole('button', { name: `Sort by ${label}`, exact: true });
    const header = page.locator('.data-preview th').filter({ has: button });
    await button.click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const column = await page.locator('.data-preview th').evaluateAll((ths, text) => ths.findIndex((th) => th.textContent?.trim() === text), label);
    const values = () =>
      page.locator(`.data-preview tbody tr td:nth-child(${column + 1})`).evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.value));
    // The published rows' areas (the preview holds every row of this small dataset), smallest first, not reported last.
    const areas = publishedDataset('clearance-annual').rows.map((row) => row.area_cleared_ha);
    const reported = areas.filter((area): area is number => typeof area === 'number').sort((a, b) => a - b);
    expect(reported.length).toBeGreaterThan(1);
    const empty = areas.filter((area) => area === null).map(() => '');
    expect(await values()).toEqual([...reported.map(String), ...empty]);
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await values()).toEqual([...[...reported].reverse().map(String), ...empty]);
  });

  it('shows the citation and the schema.org Dataset description', async () => {
    const { page } = await site.open('/data/clearance-annual/');
    // Title, version and date of the published version; the reporter of the most rows named first (src/lib/datasets/datasetCitation.ts).
    const { title, version, lastUpdated, rows } = publishedDataset('clearance-annual');
    const reporters = byFrequency(rows.map((row) => String(row.reported_by)));
    const citation = await page.textContent('[data-citation]');
    const start = `Mine Action Azerbaijan (${lastUpdated.slice(0, 4)}). ${title.en}, version ${version} (${lastUpdated}). Figures reported by ${reporterName(reporters[0]!, 'en')}`;
    expect(citation?.slice(0, start.length)).toBe(start);
    expect(await page.textContent('[data-bibtex]')).toContain(`@misc{clearance_annual_${version.replaceAll('.', '_')},`);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({ '@type': 'Dataset', version, license: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(jsonLd.distribution[0].contentUrl).toMatch(/\/data\/clearance-annual\.csv$/);
  });
});

describe('dataset versions', () => {
  const page = (id: string) => read(`data/${id}/index.html`).toString('utf8');

  it.each(datasetIds)('%s: every version listed, each kept file served at its address with the hash the page quotes', (id) => {
    const json = publishedDataset(id) as unknown as { version: string; changelog: Array<{ version: string }> };
    const html = page(id);
    const listed = [...html.matchAll(/<li data-version="([^"]+)"[^>]*>([\s\S]*?)<\/li>/g)];
    expect(listed.map((match) => match[1])).toEqual(json.changelog.map((entry) => entry.version));
    for (const [, version, item] of listed) {
      const link = new RegExp(`href="(/data/${id}/${version!.replace(/\./g, '\\.')}/${id}\\.csv)"[\\s\\S]*?<code[^>]*>([0-9a-f]{64})</code>`).exec(item!);
      if (version === json.version) expect(link, `the current version ${version} has its file`).not.toBeNull();
      if (!link) continue;
      const bytes = read(link[1]!.slice(1));
      expect(sha256(bytes)).toBe(link[2]);
      if (version === json.version) expect(bytes.equals(read(`data/${id}.csv`))).toBe(true);
    }
  });

  it.each(datasetIds)("%s: the citations name the current version's file and its hash, and RIS and CSL-JSON parse", (id) => {
    const json = publishedDataset(id) as unknown as { version: string };
    const fileUrl = `${TEST_SITE_URL}/data/${id}/${json.version}/${id}.csv`;
    const hash = sha256(read(`data/${id}/${json.version}/${id}.csv`));
    expect(page(id)).toContain(`${fileUrl} (SHA-256 ${hash})`);
    const ris = new Cite(read(`data/${id}/citation.ris`).toString('utf8')).data;
    const csl = new Cite(JSON.parse(read(`data/${id}/citation.csl.json`).toString('utf8'))).data;
    for (const [item] of [ris, csl]) {
      expect(item).toMatchObject({ type: 'dataset', version: json.version, URL: fileUrl });
      expect(item!.note).toContain(hash);
    }
  });
});
