import { describe, expect, it } from 'vitest';
import { byFrequency, citeDataset, datasetBibtex } from '../../src/lib/citation.ts';

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
  };

  it('names the reporters, the outlets, the portal, the version and its date', () => {
    expect(citeDataset(input)).toBe(
      'Mine Action Azerbaijan (2026). Area cleared per year, version 1.2.0 (2026-11-28). Figures reported by ANAMA, Cabinet of Ministers, Prime Minister; as published by Trend, Azernews, Report.az, News.az and 2 others. https://example.org/data/clearance-annual/',
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
        '  url = {https://example.org/data/clearance-annual/},',
        '  note = {Figures reported by ANAMA, Cabinet of Ministers, Prime Minister; as published by Trend, Azernews, Report.az, News.az and 2 others}',
        '}',
      ].join('\n'),
    );
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
        words: { version: 'versiya', reportedBy: 'Rəqəmləri açıqlayan:', publishedBy: 'dərc edən:', and: 'və daha', others: 'mənbə' },
      }),
    ).toBe(
      'Azərbaycanda Minatəmizləmə (2026). İllər üzrə təmizlənmiş ərazi, versiya 1.0.0 (2026-11-28). Rəqəmləri açıqlayan: ANAMA; dərc edən: Trend, Azernews, Report.az, News.az və daha 1 mənbə. https://example.org/az/data/clearance-annual/',
    );
  });
});
