// The built site as search engines and feed readers read it: its public address everywhere (never localhost), and
// JSON-LD blocks that parse and carry what each page type must say.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TEST_SITE_URL } from '../../src/lib/siteUrl.ts';
import { datasetIds, publishedArticles, publishedDataset } from './content.ts';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).map((file) => file.split('\\').join('/'));

/** The JSON-LD blocks of a built page, parsed. */
function jsonLd(path: string): Array<Record<string, unknown>> {
  const text = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  return [...text.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]!));
}
const ofType = (path: string, type: string) => {
  const blocks = jsonLd(path).filter((block) => block['@type'] === type);
  expect(blocks, `${path} has one ${type} block`).toHaveLength(1);
  return blocks[0]!;
};

/** The script files a page loads, with every chunk they import, statically or on demand. */
function scriptsOf(page: string, chunks = new Set<string>()): Set<string> {
  const visit = (chunk: string) => {
    if (chunks.has(chunk)) return;
    chunks.add(chunk);
    for (const [, name] of readFileSync(join(DIST, '_astro', chunk), 'utf8').matchAll(/\.\/([\w.-]+\.js)\b/g)) visit(name!);
  };
  for (const [, name] of readFileSync(join(DIST, page), 'utf8').matchAll(/src="\/_astro\/([\w.-]+\.js)"/g)) visit(name!);
  return chunks;
}

describe('the public address', () => {
  it('is the only address written into the built site: no file says localhost (HTML, XML, JSON, CSV, JS, images)', () => {
    const built = files.filter((file) => statSync(join(DIST, file)).isFile());
    // Read as bytes, so text inside PNGs, zips and fonts is searched too.
    const saying = built.filter((file) => readFileSync(join(DIST, file)).includes('localhost'));
    expect(saying.filter((file) => readFileSync(join(DIST, file)).includes('localhost:4321'))).toEqual([]);
    // The one exception: the editors' CMS at /admin/ (Sveltia, bundled into admin/editor/) mentions localhost in its
    // own messages and in its check for a local git backend; no reader's page loads anything from there.
    const readerScripts = new Set<string>();
    for (const page of built.filter((file) => file.endsWith('.html') && !file.startsWith('admin/'))) scriptsOf(page, readerScripts);
    expect([...readerScripts].filter((chunk) => readFileSync(join(DIST, '_astro', chunk), 'utf8').includes('/admin/editor/'))).toEqual([]);
    expect(saying.filter((file) => !file.startsWith('admin/editor/'))).toEqual([]);
    expect(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).toContain(`${TEST_SITE_URL}/az/`);
  });
});

describe('JSON-LD', () => {
  it('describes the site and its search on both home pages', () => {
    for (const [path, prefix] of [
      ['', '/'],
      ['az/', '/az/'],
    ] as const) {
      const site = ofType(path, 'WebSite');
      expect(site.url).toBe(`${TEST_SITE_URL}${prefix}`);
      expect(site.potentialAction).toMatchObject({
        '@type': 'SearchAction',
        target: { urlTemplate: `${TEST_SITE_URL}${prefix}search/?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      });
    }
  });

  it('lists every dataset in the DataCatalog of /data/', () => {
    for (const [path, prefix] of [
      ['data/', '/'],
      ['az/data/', '/az/'],
    ] as const) {
      const catalog = ofType(path, 'DataCatalog');
      const listed = (catalog.dataset as Array<{ url: string; version: string }>).map((dataset) => dataset.url);
      expect(listed.sort()).toEqual(datasetIds.map((id) => `${TEST_SITE_URL}${prefix}data/${id}/`).sort());
    }
  });

  it.each(datasetIds)('gives dataset %s its version, files and the period its rows cover', (id) => {
    const dataset = ofType(`data/${id}/`, 'Dataset');
    const json = publishedDataset(id) as unknown as { version: string; fields: Array<{ name: string; type: string }>; rows: Array<Record<string, unknown>> };
    expect(dataset).toMatchObject({ name: expect.any(String), description: expect.any(String), license: expect.any(String), version: json.version });
    const dateFields = json.fields.filter((field) => field.type === 'date' || field.type === 'partial-date').map((field) => field.name);
    const dates = json.rows.flatMap((row) => dateFields.map((name) => row[name])).filter((value): value is string => typeof value === 'string');
    if (!dates.length) expect(dataset.temporalCoverage).toBeUndefined();
    else {
      // From a date some row has to a date some row has, no row's date outside.
      expect(dataset.temporalCoverage).toMatch(/^\d{4}(-\d{2}){0,2}\/\d{4}(-\d{2}){0,2}$/);
      const [start, end] = (dataset.temporalCoverage as string).split('/') as [string, string];
      expect(dates).toContain(start);
      expect(dates).toContain(end);
      for (const date of dates) expect(date >= start && date.slice(0, end.length) <= end, date).toBe(true);
    }
    for (const download of dataset.distribution as Array<{ contentUrl: string }>) expect(download.contentUrl.startsWith(`${TEST_SITE_URL}/data/`)).toBe(true);
  });

  it('gives every article a NewsArticle with its image, dates and address', () => {
    for (const lang of ['en', 'az'] as const) {
      for (const article of publishedArticles(lang)) {
        const path = `${lang === 'az' ? 'az/' : ''}news/${article.slug}/`;
        const block = ofType(path, 'NewsArticle');
        expect(block).toMatchObject({ headline: expect.any(String), datePublished: article.date, mainEntityOfPage: `${TEST_SITE_URL}/${path}` });
        expect((block.image as string[]).every((url) => url.startsWith(`${TEST_SITE_URL}/`))).toBe(true);
        expect(String(block.dateModified) >= article.date).toBe(true);
      }
    }
  });
});
