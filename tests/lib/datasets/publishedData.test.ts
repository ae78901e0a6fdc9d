import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { buildDatasetCatalogue } from '../../../src/lib/datasets/catalogueApi.ts';
import { buildPublishedData, ZIP_NAME } from '../../../src/lib/datasets/publishedData.ts';
import { dataset, entries, sources } from './sampleDatasets.ts';

const SITE = 'https://portal.example';
const published = buildPublishedData(entries, sources, SITE, () => undefined);
const [area, casualties] = published.datasets;

describe('buildPublishedData', () => {
  it('publishes the datasets in id order, with the sources their rows cite, the most cited first', () => {
    expect(published.datasets.map((dataset) => dataset.id)).toEqual(['area', 'casualties']);
    expect(area!.sources).toEqual([
      { id: 'trend-1', rows: 2 },
      { id: 'apa-1', rows: 1 },
    ]);
    expect(area!.columns).toEqual(['report_id', 'area_ha', 'reported_by', 'source_url', 'source_publisher', 'source_date']);
  });

  it('writes each CSV with the source spelled out, and states its real size and hash', () => {
    const csv = area!.csv;
    expect(csv.path).toBe('/data/area.csv');
    expect(csv.content).toBe(
      [
        'report_id,area_ha,reported_by,source_url,source_publisher,source_date',
        'a1,1200.5,ANAMA,https://trend.example/1,Trend,2025-12',
        'a2,800,Cabinet of Ministers,https://apa.example/1,APA,',
        'a3,50,ANAMA,https://trend.example/1,Trend,2025-12',
        '',
      ].join('\r\n'),
    );
    expect(csv.bytes).toBe(Buffer.byteLength(csv.content));
    expect(csv.sha256).toBe(createHash('sha256').update(csv.content).digest('hex'));
  });

  it("writes each JSON with the dataset's metadata and rows, not its internal fields", () => {
    const json = JSON.parse(casualties!.json.content);
    expect(json.id).toBe('casualties');
    expect(json.columns).toEqual(casualties!.columns);
    expect(json.rows).toEqual([
      { report_id: 'c1', area_ha: null, reported_by: 'ANAMA', source_url: 'https://apa.example/1', source_publisher: 'APA', source_date: null },
    ]);
    expect(Object.keys(json)).not.toContain('generatedFrom');
  });

  it('describes every CSV in the data package with its size, hash and sources', () => {
    const descriptor = JSON.parse(published.dataPackage.content);
    expect(descriptor.homepage).toBe('https://portal.example/data/');
    expect(descriptor.resources.map((resource: { path: string }) => resource.path)).toEqual(['area.csv', 'casualties.csv']);
    expect(descriptor.resources[0]).toMatchObject({
      bytes: area!.csv.bytes,
      hash: `sha256:${area!.csv.sha256}`,
      sources: [
        { title: 'Trend: One', path: 'https://trend.example/1' },
        { title: 'APA: Two', path: 'https://apa.example/1' },
      ],
    });
  });

  it('zips every CSV, the data package, a README and the licence, dated by the newest update', () => {
    expect(published.zip.path).toBe(`/data/${ZIP_NAME}`);
    const files = unzipSync(published.zip.content);
    expect(Object.keys(files)).toEqual(['area.csv', 'casualties.csv', 'datapackage.json', 'README.md', 'LICENSE.md']);
    expect(strFromU8(files['area.csv']!)).toBe(area!.csv.content);
    expect(strFromU8(files['README.md']!)).toContain('- `casualties.csv`: Casualties, version 1.0.0 (2026-03-01), 1 rows.');
    expect(Buffer.from(buildPublishedData([...entries].reverse(), sources, SITE, () => undefined).zip.content).equals(Buffer.from(published.zip.content))).toBe(
      true,
    );
  });
});

describe('buildDatasetCatalogue', () => {
  it('lists every dataset with its next update, row count, page and files at the site address', () => {
    const catalogue = buildDatasetCatalogue(published, new URL('https://example.org'));
    expect(catalogue.zip.url).toBe(`https://example.org/data/${ZIP_NAME}`);
    expect(catalogue.datasets.map(({ id, rows, nextUpdateDue, page }) => ({ id, rows, nextUpdateDue, page }))).toEqual([
      { id: 'area', rows: 3, nextUpdateDue: '2026-02-28', page: 'https://example.org/data/area/' },
      { id: 'casualties', rows: 1, nextUpdateDue: null, page: 'https://example.org/data/casualties/' },
    ]);
    expect(catalogue.datasets[0]!.files.map((file) => file.url)).toEqual(['https://example.org/data/area.csv', 'https://example.org/data/area.json']);
  });
});

describe('dataset versions', () => {
  const changes = { en: 'x', az: 'y' };
  const versioned = {
    id: 'area',
    data: dataset({
      version: '1.2.0',
      changelog: [
        { version: '1.2.0', date: '2026-03-01', changes },
        { version: '1.1.0', date: '2026-02-01', changes },
        { version: '1.0.0', date: '2026-01-01', changes },
      ],
    }),
  };
  const kept = 'report_id,area_ha\r\nold,1\r\n';
  const [area] = buildPublishedData([versioned], sources, SITE, (id, version) => (id === 'area' && version === '1.1.0' ? kept : undefined)).datasets;

  it('serves the current version and each kept one at its own address with its hash; a version not kept has no file', () => {
    expect(area!.versions.map((version) => [version.version, version.csv?.path ?? null])).toEqual([
      ['1.2.0', '/data/area/1.2.0/area.csv'],
      ['1.1.0', '/data/area/1.1.0/area.csv'],
      ['1.0.0', null],
    ]);
    expect(area!.versions[0]!.csv!.content).toBe(area!.csv.content);
    expect(area!.versions[1]!.csv).toMatchObject({ content: kept, bytes: kept.length, sha256: createHash('sha256').update(kept).digest('hex') });
  });
});
