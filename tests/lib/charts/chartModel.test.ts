import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { AmbiguousChartError, buildChartModel, chartCsvColumns, chartCsvRecords, periodRange, type ChartContext } from '../../../src/lib/charts/chartModel.ts';
import { chartSchema, type ChartDefinition } from '../../../src/schemas/chart.ts';
import type { DatasetRow } from '../../../src/schemas/dataset.ts';

const words: ChartContext['words'] = {
  year: 'Year', month: 'Month', date: 'Date', district: 'District', series: 'Series', source: 'Source', notReported: 'not reported',
  fields: { qualifier: 'Wording', other: 'Districts not named', value: 'Value' },
  flags: { disputed: 'sources disagree' },
};
const context = (overrides: Partial<ChartContext> = {}): ChartContext => ({
  lang: 'en', words, primaryKey: 'id', qualifies: [['area']], districtNames: new Map([['aghdam', 'Aghdam'], ['fuzuli', 'Fuzuli']]), events: [], ...overrides,
});
const chart = (overrides: Record<string, unknown>): ChartDefinition =>
  chartSchema.parse({
    title: { en: 't', az: 't' }, subtitle: { en: 's', az: 's' }, dataset: 'd', type: 'bar',
    x: { field: 'start', unit: 'year' },
    series: [{ field: 'area', label: { en: 'Area', az: 'Ərazi' }, colour: 'series-1' }],
    notes: { en: 'n', az: 'n' }, alt: { en: 'a', az: 'a' },
    ...overrides,
  });
const row = (id: string, values: Record<string, unknown>): DatasetRow => ({ id, source: `src-${id}`, qualifier: 'exact', flags: [], ...values }) as DatasetRow;

describe('periodRange', () => {
  it('lists every year or month between two ends', () => {
    expect(periodRange('2021', '2024', 'year')).toEqual(['2021', '2022', '2023', '2024']);
    expect(periodRange('2020-11', '2021-02', 'month')).toEqual(['2020-11', '2020-12', '2021-01', '2021-02']);
  });
});

describe('buildChartModel', () => {
  const annual = [
    row('y2022', { start: '2022-01-01', area: 41915, qualifier: 'about', by: 'ANAMA' }),
    row('y2023', { start: '2023-01-01', area: 53081.8, by: 'ANAMA' }),
    row('y2023-cabinet', { start: '2023-01-01', area: 53081, by: 'Cabinet' }),
    row('y2025', { start: '2025-01-01', area: 69205.7, by: 'ANAMA' }),
  ];

  it('keeps only the rows its filters pick, and shows missing years as gaps, never zero', () => {
    const model = buildChartModel('annual', chart({ x: { field: 'start', unit: 'year', from: '2021' }, filters: [{ field: 'by', op: 'eq', value: 'ANAMA' }] }), annual, context());
    expect(model.categories).toEqual(['2021', '2022', '2023', '2024', '2025']);
    expect(model.series[0]!.points.map((p) => p.y)).toEqual([null, 41915, 53081.8, null, 69205.7]);
    expect(model.series[0]!.points.map((p) => p.exact)).toEqual([true, false, true, true, true]);
    expect(model.series[0]!.points[1]!.display).toBe('about 41,915');
    expect(model.table.rows.map((r) => r.series_0!.display)).toEqual(['not reported', 'about 41,915', '53,081.8', 'not reported', '69,205.7']);
  });

  it('refuses to sum or pick between two rows for the same category', () => {
    expect(() => buildChartModel('annual', chart({}), annual, context())).toThrow(AmbiguousChartError);
    expect(() => buildChartModel('annual', chart({}), annual, context())).toThrow(/2023 \(y2023, y2023-cabinet\)/);
  });

  it('keeps each scope in its own series on a date axis, unjoined rows in date order', () => {
    const totals = [
      row('a', { end: '2022-10-19', area: 56573, scope: 'unspecified' }),
      row('b', { end: '2021-05-04', area: 2028, scope: 'anama-only' }),
      row('c', { end: '2024-02-14', area: 118502, scope: 'all-operators' }),
      row('d', { end: '2021-10-15', area: 18302, scope: 'unspecified' }),
      row('e', { end: '2021-11-30', area: null, scope: 'anama-only' }),
    ];
    const definition = chart({
      type: 'points',
      x: { field: 'end', unit: 'day' },
      series: ['unspecified', 'all-operators', 'anama-only'].map((scope, i) => ({
        field: 'area', label: { en: scope, az: scope }, colour: `series-${i + 1}`, filters: [{ field: 'scope', op: 'eq', value: scope }],
      })),
    });
    const model = buildChartModel('cumulative', definition, totals, context());
    expect(model.categories).toBeNull();
    expect(model.series.map((s) => s.points.map((p) => p.rowKey))).toEqual([['d', 'a'], ['c'], ['b', 'e']]);
    expect(model.series[2]!.points[1]!.y).toBeNull();
    expect(model.series[0]!.points[0]!.x).toBe(Date.UTC(2021, 9, 15));
    expect(model.table.rows.map((r) => [r.x!.value, r.series!.value, r.value!.value])).toEqual([
      ['2021-05-04', 'anama-only', 2028],
      ['2021-10-15', 'unspecified', 18302],
      ['2021-11-30', 'anama-only', null],
      ['2022-10-19', 'unspecified', 56573],
      ['2024-02-14', 'all-operators', 118502],
    ]);
  });

  it('names districts, sorts them by value and keeps "other" as its own bar', () => {
    const rows = [row('1', { district: 'fuzuli', area: 10 }), row('2', { district: 'other', area: 30 }), row('3', { district: 'aghdam', area: 20 })];
    const model = buildChartModel('d', chart({ horizontal: true, x: { field: 'district', unit: 'value', label: 'district' } }), rows, context());
    expect(model.categories).toEqual(['other', 'aghdam', 'fuzuli']);
    expect(model.categoryLabels).toEqual(['Districts not named', 'Aghdam', 'Fuzuli']);
  });

  it('marks timeline events of the chosen category that fall on a month axis', () => {
    const events = [
      { id: 'maps', data: { date: '2021-06-12', category: 'mine-map', title: { en: 'Maps handed over', az: 'x' } } },
      { id: 'law', data: { date: '2021-06-20', category: 'policy', title: { en: 'Law', az: 'x' } } },
      { id: 'late', data: { date: '2030-01', category: 'mine-map', title: { en: 'Later', az: 'x' } } },
    ];
    const rows = [row('m1', { start: '2021-05-01', area: 285 }), row('m2', { start: '2021-07-01', area: 600 })];
    const model = buildChartModel('m', chart({ x: { field: 'start', unit: 'month' }, markers: { category: 'mine-map' } }), rows, context({ events }));
    expect(model.categories).toEqual(['2021-05', '2021-06', '2021-07']);
    expect(model.series[0]!.points.map((p) => p.y)).toEqual([285, null, 600]);
    expect(model.markers).toEqual([{ x: '2021-06', label: 'Maps handed over', eventId: 'maps' }]);
  });

  it('gives a CSV with the table\'s columns and the source spelled out', () => {
    const model = buildChartModel('annual', chart({ tableFields: ['qualifier'], filters: [{ field: 'by', op: 'eq', value: 'ANAMA' }] }), annual, context());
    const sources = new Map([['src-y2022', { data: { url: 'https://a.example/1', publisher: 'Trend', published: '2023-01-02' } }]]);
    expect(chartCsvColumns(model.table)).toEqual(['Year', 'Area', 'Wording', 'source_url', 'source_publisher', 'source_date']);
    expect(chartCsvRecords(model.table, sources)[0]).toEqual({
      Year: '2022', Area: 41915, Wording: 'about', source_url: 'https://a.example/1', source_publisher: 'Trend', source_date: '2023-01-02',
    });
  });
});

describe('the portal\'s charts on the real data', () => {
  const load = (path: string) => JSON.parse(readFileSync(new URL(`../../../content/${path}`, import.meta.url), 'utf8'));
  const model = (id: string) => {
    const definition = chartSchema.parse(load(`charts/${id}.json`));
    const dataset = load(`datasets/${definition.dataset}.json`);
    return buildChartModel(id, definition, dataset.rows, context({ primaryKey: dataset.primaryKey, qualifies: dataset.qualifies }));
  };

  it('area per year: no figure for 2021, then ANAMA\'s four annual totals', () => {
    expect(model('area-cleared-per-year').series[0]!.points.map((p) => p.y)).toEqual([null, 41915, 53081.8, 62023.9, 69205.7]);
  });

  it('area per month: 64 months from November 2020, 34 with a report, the rest gaps', () => {
    const points = model('area-cleared-per-month').series[0]!.points;
    expect(points).toHaveLength(64);
    expect(points[0]!.x).toBe('2020-11');
    expect(points.filter((p) => p.rowKey !== null)).toHaveLength(34);
    expect(points.find((p) => p.x === '2025-12')!.y).toBe(5098.7);
  });

  it('running totals: 14 not-stated, 6 all-operator and 7 ANAMA-staff points, as the research lists, both 21 June 2023 readings kept', () => {
    const series = model('cumulative-area-cleared').series;
    expect(series.map((s) => s.points.length)).toEqual([14, 6, 7]);
    const june2023 = series[0]!.points.filter((p) => p.x === Date.UTC(2023, 5, 21)).map((p) => p.y);
    expect(june2023.sort()).toEqual([81386, 83993]);
  });

  it('districts: 12 bars in 2023 and 14 in 2025 that add up to ANAMA\'s annual areas', () => {
    const sum = (id: string) => model(id).series[0]!.points.reduce((total, p) => total + (p.y ?? 0), 0);
    expect(model('area-cleared-by-district-2023').categories).toHaveLength(12);
    expect(model('area-cleared-by-district-2025').categories).toHaveLength(14);
    expect(sum('area-cleared-by-district-2023')).toBeCloseTo(53081.8, 1);
    expect(sum('area-cleared-by-district-2025')).toBeCloseTo(69205.7, 1);
  });

  it('casualties: the 29 headline totals from 223 to 419', () => {
    const total = model('casualties-since-2020').series[0]!.points;
    expect(total).toHaveLength(29);
    expect([total[0]!.y, total.at(-1)!.y]).toEqual([223, 419]);
  });

  it('map handovers: two stated figures and five gaps', () => {
    expect(model('mines-on-handed-over-maps').series[0]!.points.map((p) => p.y)).toEqual([null, 97000, 92000, null, null, null, null]);
  });
});
