import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { buildDatasetCitation, byFrequency, citeDataset, datasetBibtex, datasetCslJson, datasetRis } from '../../../src/lib/datasets/datasetCitation.ts';

describe('dataset citations', () => {
  const input = {
    siteName: 'Mine Action Azerbaijan',
    title: 'Area cleared per year',
    version: '1.2.0',
    lastUpdated: '2026-11-28',
    url: 'https://example.org/data/clearance-annual/',
    reporters: ['ANAMA', 'Cabinet of Ministers', 'Prime Minister'],
    outlets: ['Trend', 'Azernews', 'Report.az', 'News.az', 'MENAFN (Trend)', 'Today.az'],
    key: 'clearance-annual',
    file: {
      url: 'https://example.org/data/clearance-annual/1.2.0/clearance-annual.csv',
      sha256: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    },
  };

  it('names the reporters, the outlets, the portal, the version and its date', () => {
    expect(citeDataset(input)).toBe(
      'Mine Action Azerbaijan (2026). Area cleared per year, version 1.2.0 (2026-11-28). Figures reported by ANAMA, Cabinet of Ministers, Prime Minister; as published by Trend, Azernews, Report.az, News.az and 2 others. https://example.org/data/clearance-annual/ CSV file: https://example.org/data/clearance-annual/1.2.0/clearance-annual.csv (SHA-256 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)',
    );
  });

  it('writes a BibTeX entry with special characters escaped', () => {
    expect(datasetBibtex({ ...input, title: 'Costs & 50% shares_v2' })).toBe(
      [
        '@misc{clearance_annual_1_2_0,',
        '  author = {{Mine Action Azerbaijan}},',
        '  title = {Costs \\& 50\\% shares\\_v2},',
        '  year = {2026},',
        '  version = {1.2.0},',
        '  date = {2026-11-28},',
        '  url = {https://example.org/data/clearance-annual/1.2.0/clearance-annual.csv},',
        '  howpublished = {https://example.org/data/clearance-annual/},',
        '  note = {Figures reported by ANAMA, Cabinet of Ministers, Prime Minister; as published by Trend, Azernews, Report.az, News.az and 2 others. CSV SHA-256 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa}',
        '}',
      ].join('\n'),
    );
  });

  it('writes an RIS record a reference manager reads back: type, title, version, date, the file and its hash', () => {
    const ris = datasetRis(input);
    expect(ris.endsWith('ER  - \r\n')).toBe(true);
    const [item] = new Cite(ris).data;
    expect(item).toMatchObject({
      type: 'dataset',
      title: 'Area cleared per year',
      version: '1.2.0',
      URL: 'https://example.org/data/clearance-annual/1.2.0/clearance-annual.csv',
      issued: { 'date-parts': [[2026, 11, 28]] },
    });
    expect(item!.note).toContain('CSV SHA-256 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
  });

  it('writes CSL-JSON: one dataset item with the organisation as author', () => {
    const [item] = new Cite(JSON.parse(datasetCslJson(input))).data;
    expect(item).toMatchObject({
      id: 'clearance-annual-1.2.0',
      type: 'dataset',
      author: [{ literal: 'Mine Action Azerbaijan' }],
      issued: { 'date-parts': [[2026, 11, 28]] },
      version: '1.2.0',
      URL: 'https://example.org/data/clearance-annual/1.2.0/clearance-annual.csv',
    });
  });

  it('orders names by how often they occur', () => {
    expect(byFrequency(['Trend', 'Azernews', 'Trend', 'Report.az', 'Azernews', 'Trend'])).toEqual(['Trend', 'Azernews', 'Report.az']);
  });
});

describe('dataset citation in Azerbaijani', () => {
  it('uses the connecting words it is given', () => {
    expect(
      citeDataset({
        siteName: 'Azərbaycanda Minatəmizləmə',
        title: 'İllər üzrə təmizlənmiş ərazi',
        version: '1.0.0',
        lastUpdated: '2026-11-28',
        url: 'https://example.org/az/data/clearance-annual/',
        reporters: ['ANAMA'],
        outlets: ['Trend', 'Azernews', 'Report.az', 'News.az', 'Today.az'],
        key: 'clearance-annual',
        file: {
          url: 'https://example.org/data/clearance-annual/1.0.0/clearance-annual.csv',
          sha256: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
        },
        words: { version: 'versiya', file: 'CSV faylı', reportedBy: 'Rəqəmləri açıqlayan:', publishedBy: 'dərc edən:', and: 'və daha', others: 'mənbə' },
      }),
    ).toBe(
      'Azərbaycanda Minatəmizləmə (2026). İllər üzrə təmizlənmiş ərazi, versiya 1.0.0 (2026-11-28). Rəqəmləri açıqlayan: ANAMA; dərc edən: Trend, Azernews, Report.az, News.az və daha 1 mənbə. https://example.org/az/data/clearance-annual/ CSV faylı: https://example.org/data/clearance-annual/1.0.0/clearance-annual.csv (SHA-256 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)',
    );
  });
});

describe('buildDatasetCitation', () => {
  const row = (reported_by: string, source_publisher: string) => ({ reported_by, source_publisher });
  const dataset = {
    id: 'area',
    columns: ['report_id', 'reported_by', 'source_url', 'source_publisher', 'source_date'],
    rows: [row('ANAMA', 'Trend'), row('Cabinet of Ministers', 'APA'), row('ANAMA', 'Trend')],
    entry: { data: { title: { en: 'Area cleared', az: 'Təmizlənmiş ərazi' }, version: '1.1.0', lastUpdated: '2026-01-31' } },
    versions: [
      { version: '1.1.0', csv: { path: '/data/area/1.1.0/area.csv', sha256: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' } },
      { version: '1.0.0', csv: { path: '/data/area/1.0.0/area.csv', sha256: 'cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc' } },
    ],
  };
  const context = {
    site: new URL('https://example.org'),
    siteName: { local: 'Azərbaycanda Minatəmizləmə', en: 'Mine Action Azerbaijan' },
    words: { version: 'versiya', file: 'CSV faylı', reportedBy: 'Rəqəmləri açıqlayan:', publishedBy: 'dərc edən:', and: 'və daha', others: 'mənbə' },
    reporterName: (name: string) => (name === 'Cabinet of Ministers' ? 'Nazirlər Kabineti' : name),
  };

  it("cites the reporters in the reader's language, most rows first, and the BibTeX entry in English", () => {
    const citation = buildDatasetCitation(dataset, { ...context, lang: 'az' });
    expect(citation.plain).toBe(
      'Azərbaycanda Minatəmizləmə (2026). Təmizlənmiş ərazi, versiya 1.1.0 (2026-01-31). Rəqəmləri açıqlayan: ANAMA, Nazirlər Kabineti; dərc edən: Trend, APA. https://example.org/az/data/area/ CSV faylı: https://example.org/data/area/1.1.0/area.csv (SHA-256 bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb)',
    );
    expect(citation.bibtex).toContain('  author = {{Mine Action Azerbaijan}},\n  title = {Area cleared},');
    expect(citation.bibtex).toContain(
      `  url = {https://example.org/data/area/1.1.0/area.csv},\n  howpublished = {https://example.org/data/area/},\n  note = {Figures reported by ANAMA, Cabinet of Ministers; as published by Trend, APA. CSV SHA-256 bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb}`,
    );
    expect(citation.ris).toContain('UR  - https://example.org/data/area/1.1.0/area.csv\r\n');
    expect(JSON.parse(citation.cslJson)[0].title).toBe('Area cleared');
  });

  it('names the outlets as the reporters when the dataset has no reporter column', () => {
    const outletsOnly = { ...dataset, columns: ['report_id', 'source_publisher'] };
    const words = { version: 'version', file: 'CSV file', reportedBy: 'Figures reported by', publishedBy: 'as published by', and: 'and', others: 'others' };
    expect(buildDatasetCitation(outletsOnly, { ...context, lang: 'en', siteName: { local: 'MAA', en: 'MAA' }, words }).plain).toBe(
      'MAA (2026). Area cleared, version 1.1.0 (2026-01-31). Figures reported by Trend, APA; as published by Trend, APA. https://example.org/data/area/ CSV file: https://example.org/data/area/1.1.0/area.csv (SHA-256 bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb)',
    );
  });
});
