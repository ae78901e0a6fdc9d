import { describe, expect, it } from 'vitest';
import type { ChartModelSeries, ChartPoint } from '../../../src/lib/charts/chartModel.ts';
import type { ClearanceReport } from '../../../src/lib/home/clearance.ts';
import { chartCardPoint, firstStatReference, latestDistrictArea } from '../../../src/lib/social/cardFigures.ts';

const point = (x: string | number, y: number | null, exact = true): ChartPoint => ({
  x,
  y,
  exact,
  rowKey: y === null ? null : `row-${x}`,
  display: y === null ? 'not reported' : exact ? String(y) : `about ${y}`,
});
const series = (label: string, points: ChartPoint[]): ChartModelSeries => ({ label, colour: 'series-1', points });

describe('the figure a chart card shows', () => {
  it('is the last category with a value on a year axis, skipping a gap, with its qualifier', () => {
    const model = {
      categories: ['2022', '2023', '2024'],
      categoryLabels: ['2022', '2023', '2024'],
      series: [series('Area', [point('2022', 5), point('2023', 7, false), point('2024', null)])],
    };
    expect(chartCardPoint(model, false)).toMatchObject({ series: 0, categoryLabel: '2023', point: { display: 'about 7', rowKey: 'row-2023' } });
  });

  it('takes the first series with a value at that category', () => {
    const model = {
      categories: ['2024'],
      categoryLabels: ['2024'],
      series: [series('A', [point('2024', null)]), series('B', [point('2024', 3)]), series('C', [point('2024', 9)])],
    };
    expect(chartCardPoint(model, false)).toMatchObject({ series: 1, point: { y: 3 } });
  });

  it('is the first (largest) bar when the categories are ordered by value', () => {
    const model = { categories: ['north', 'south'], categoryLabels: ['North', 'South'], series: [series('Area', [point('north', 90), point('south', 10)])] };
    expect(chartCardPoint(model, true)).toMatchObject({ categoryLabel: 'North', point: { y: 90 } });
  });

  it('is the point furthest right on a date axis, whichever series it is in', () => {
    const model = {
      categories: null,
      categoryLabels: null,
      series: [series('A', [point(100, 1), point(300, 2)]), series('B', [point(200, 5), point(400, 6)])],
    };
    expect(chartCardPoint(model, false)).toMatchObject({ series: 1, categoryLabel: null, point: { x: 400 } });
  });

  it('is nothing when the chart draws no value', () => {
    expect(chartCardPoint({ categories: ['2024'], categoryLabels: ['2024'], series: [series('A', [point('2024', null)])] }, false)).toBeNull();
  });
});

describe("an article's first figure", () => {
  it('is its first <Stat>', () => {
    const body = 'Intro.\n\nCleared <Stat dataset="d1" row="r1" field="area" /> so far, and <Stat dataset="d2" row="r2" field="n" />.';
    expect(firstStatReference(body)).toEqual({ dataset: 'd1', row: 'r1', field: 'area' });
  });

  it('is none when the article quotes no figure', () => {
    expect(firstStatReference('Only words here.')).toBeNull();
  });
});

describe("a district's figure", () => {
  const row = (id: string, end: string, area: number | null, district = 'east'): ClearanceReport => ({
    report_id: id,
    period_start: `${end.slice(0, 4)}-01-01`,
    period_end: end,
    granularity: 'year',
    area_cleared_ha: area,
    ap_mines: null,
    at_mines: null,
    uxo: null,
    mines_and_uxo_combined: null,
    district,
    districts_listed: [],
    scope: 'all-operators',
    reported_by: 'Agency',
    area_cleared_ha_qualifier: id === 'b' ? 'about' : null,
    ap_mines_qualifier: null,
    at_mines_qualifier: null,
    uxo_qualifier: null,
    mines_and_uxo_combined_qualifier: null,
    flags: [],
    notes: '',
    source: `source-${id}`,
  });
  const fields = [{ name: 'area_cleared_ha', qualifiedBy: 'area_cleared_ha_qualifier' }];

  it("is the latest report of the district's table that gives an area, worded as the table words it", () => {
    const rows = [row('a', '2023-12-31', 1500), row('b', '2024-12-31', 2000), row('c', '2025-12-31', null), row('d', '2025-12-31', 9, 'west')];
    expect(latestDistrictArea({ fields, rows }, 'east', 'en')).toMatchObject({ reportId: 'b', area: 'about 2,000 ha', source: 'source-b' });
    expect(latestDistrictArea({ fields, rows }, 'east', 'az')?.area).toBe('təxminən 2.000 ha');
  });

  it('is none for a district without an area', () => {
    expect(latestDistrictArea({ fields, rows: [row('c', '2025-12-31', null)] }, 'east', 'en')).toBeNull();
  });
});
