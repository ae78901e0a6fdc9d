import { describe, expect, it } from 'vitest';
import { freeId } from '../../src/lib/freeId.ts';
import { correctionId } from '../../src/lib/corrections/recordCorrection.ts';
import { slugify } from '../../src/lib/news/articleScaffold.ts';
import { outletOf, proposeSourceId } from '../../src/lib/releases/record.ts';

describe('the next free id', () => {
  it('is the base when free, else the first free letter from -b, skipping taken ones', () => {
    expect(freeId('trend-2025-10-13', new Set())).toBe('trend-2025-10-13');
    expect(freeId('trend-2025-10-13', new Set(['trend-2025-10-13']))).toBe('trend-2025-10-13-b');
    expect(freeId('x', new Set(['x', 'x-b', 'x-d']))).toBe('x-c');
  });

  it('refuses when -b to -z are all taken, instead of inventing another form', () => {
    const all = new Set(['x', ...[...'bcdefghijklmnopqrstuvwxyz'].map((letter) => `x-${letter}`)]);
    expect(() => freeId('x', all)).toThrow('No free id for x');
  });

  it('is how source ids and correction ids take their letter', () => {
    expect(proposeSourceId('trend', null, new Set(['trend-undated', 'trend-undated-b']))).toBe('trend-undated-c');
    const request = { date: '2026-12-05', dataset: 'clearance', row: 'r-2', field: 'area_ha' };
    expect(correctionId(request, new Set(['2026-12-05-clearance-r-2-area-ha', '2026-12-05-clearance-r-2-area-ha-b']))).toBe(
      '2026-12-05-clearance-r-2-area-ha-c',
    );
  });
});

describe('slugs', () => {
  it('cut at the given length, with no hyphen left at the end', () => {
    expect(slugify('Ağdam şəhəri', 80)).toBe('agdam-seheri');
    expect(slugify('abcd efgh', 5)).toBe('abcd');
    expect(slugify('a'.repeat(100))).toHaveLength(80);
  });

  it('name a correction after its date, dataset, row and field, at most 90 characters', () => {
    const id = correctionId({ date: '2026-12-05', dataset: 'clearance-reports', row: `month-${'2021-04-01-'.repeat(10)}x`, field: 'AP_mines' }, new Set());
    // 35 characters of date, dataset and "month-", then five 11-character "2021-04-01-": the 90th is a hyphen, dropped.
    expect(id).toBe(`2026-12-05-clearance-reports-month-${'2021-04-01-'.repeat(4)}2021-04-01`);
    expect(id).toHaveLength(89);
  });

  it('name an outlet after its host, without www/en/ru/az/m and the top-level domain', () => {
    expect(outletOf('https://www.azer_news.az/x')).toBe('azer-news');
    expect(outletOf('https://m.news.gov.az/x')).toBe('news-gov');
    expect(outletOf('https://report.az/x')).toBe('report');
  });
});
