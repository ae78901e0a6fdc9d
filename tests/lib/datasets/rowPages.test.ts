import { describe, expect, it } from 'vitest';
import { pagesShowingRow } from '../../../src/lib/datasets/rowPages.ts';
import type { ClearanceReport } from '../../../src/lib/home/clearance.ts';
import type { DatasetRow } from '../../../src/schemas/dataset.ts';
import { clearanceRow } from '../home/sampleRows.ts';

const text = (en: string) => ({ en, az: en });
// Spread into a plain object: pagesShowingRow takes any dataset's row, which the ClearanceReport interface is not typed as.
const report = (key: string, extra: Partial<ClearanceReport>): DatasetRow => ({
  ...clearanceRow({ report_id: key, period_end: '2025-12-31', scope: 'all-operators', reported_by: 'ANAMA', ...extra }),
});
const fields = [{ name: 'area_cleared_ha', qualifiedBy: 'area_cleared_ha_qualifier' }];
const content = {
  datasets: [
    { id: 'clearance-reports', data: { primaryKey: 'report_id', fields, rows: [report('cumulative-2025', {})] } },
    {
      id: 'clearance-annual',
      data: {
        primaryKey: 'report_id',
        fields,
        rows: [],
        selection: { from: 'clearance-reports', filters: [{ field: 'granularity', op: 'eq', value: 'year' }] },
      },
    },
  ],
  charts: [
    { id: 'per-year', data: { title: text('Per year'), dataset: 'clearance-annual', filters: [], series: [{ field: 'area_cleared_ha', filters: [] }] } },
    {
      id: 'running',
      data: {
        title: text('Running'),
        dataset: 'clearance-reports',
        filters: [{ field: 'granularity', op: 'eq', value: 'cumulative' }],
        series: [{ field: 'area_cleared_ha', filters: [] }],
      },
    },
  ],
  news: [
    {
      id: 'az/annual',
      data: { lang: 'az', draft: false },
      body: '<Chart id="per-year" />\n<Stat dataset="clearance-annual" row="year-2026-aghdam" field="area_cleared_ha" />',
    },
    { id: 'en/draft', data: { lang: 'en', draft: true }, body: '<Stat dataset="clearance-reports" row="year-2026-aghdam" field="area_cleared_ha" />' },
  ],
} as any;

describe('pages a dataset row appears on', () => {
  it("a district's year row: its selection, the chart that draws it and the article showing it, the district page and the map's layer", () => {
    const row = report('year-2026-aghdam', {
      granularity: 'year',
      period_start: '2026-01-01',
      period_end: '2026-12-31',
      district: 'aghdam',
      reported_by: 'Cabinet of Ministers',
    });
    expect(pagesShowingRow(content, 'clearance-reports', row).map((page) => page.path)).toEqual([
      '/data/clearance-reports/',
      '/data/clearance-annual/',
      '/charts/per-year/',
      '/embed/per-year/',
      '/news/annual/',
      '/news/annual/',
      '/districts/aghdam/',
      '/map/',
    ]);
  });

  it('a later running total becomes the home page headline; an earlier one does not', () => {
    const later = report('cumulative-2026', { period_end: '2026-06-30' });
    const earlier = report('cumulative-2024', { period_end: '2024-06-30' });
    expect(pagesShowingRow(content, 'clearance-reports', later).map((page) => page.path)).toEqual([
      '/',
      '/data/clearance-reports/',
      '/charts/running/',
      '/embed/running/',
    ]);
    expect(pagesShowingRow(content, 'clearance-reports', earlier).map((page) => page.path)).not.toContain('/');
  });
});
