import { describe, expect, it } from 'vitest';
import { AmbiguousChartError, buildChartModel, chartCsvColumns, chartCsvRecords, periodRange } from '../../../src/lib/charts/chartModel.ts';
import { chartSchema, type ChartDefinition } from '../../../src/schemas/chart.ts';
import type { DatasetRow } from '../../../src/schemas/dataset.ts';
import { context } from '../../helpers/chartContext.ts';

const chart = (overrides: Record<string, unknown>): ChartDefinition =>
  chartSchema.parse({
    title: { en: 't', az: 't' },
    subtitle: { en: 's', az: 's' },
    dataset: 'd',
    type: 'bar',
    x: { field: 'start', unit: 'year' },
    series: [{ field: 'area', label: { en: 'Area', az: 'Ərazi' }, colour: 'series-1' }],
    notes: { en: 'n', az: 'n' },
    alt: { en: 'a', az: 'a' },
    ...overrides,
  });
const row = (id: string, values: Record<string, unknown>): DatasetRow =>
  ({ id, source: `src-${id}`, area_qualifier: 'exact', flags: [], ...values }) as DatasetRow;

describe('periodRange', () => {
  it('lists every year or month between two ends', () => {
    expect(periodRange('2021', '2024', 'year')).toEqual(['2021', '2022', '2023', '2024']);
    expect(periodRange('2020-11', '2021-02', 'month')).toEqual(['2020-11', '2020-12', '2021-01', '2021-02']);
  });
});

describe('buildChartModel', () => {
  const annual = [
    row('y2022', { start: '2022-01-01', area: 41915, area_qualifier: 'about', by: 'ANAMA' }),
    row('y2023', { start: '2023-01-01', area: 53081.8, by: 'ANAMA' }),
    row('y2023-cabinet', { start: '2023-01-01', area: 53081, by: 'Cabinet' }),
    row('y2025', { start: '2025-01-01', area: 69205.7, by: 'ANAMA' }),
  ];

  it('keeps only the rows its filters pick, and shows missing years as gaps, never zero', () => {
    const model = buildChartModel(
      'annual',
      chart({ x: { field: 'start', unit: 'year', from: '2021' }, filters: [{ field: 'by', op: 'eq', value: 'ANAMA' }] }),
      annual,
      context(),
    );
    expect(model.categories).toEqual(['2021', '2022', '2023', '2024', '2025']);
    expect(model.series[0]!.points.map((p) => p.y)).toEqual([null, 41915, 53081.8, null, 69205.7]);
    expect(model.series[0]!.points.map((p) => p.exact)).toEqual([true, false, true, true, true]);
    expect(model.series[0]!.points[1]!.display).toBe('about 41,915');
    expect(model.table.rows.map((r) => r.series_0!.display)).toEqual(['not reported', 'about 41,915', '53,081.8', 'not reported', '69,205.7']);
  });

  it("words each series' figure by that figure's own qualifier column, in the points and the table", () => {
    const rows = [
      row('y2022', { start: '2022-01-01', area: 41915, area_qualifier: 'exact', items: 8780, items_qualifier: 'more-than' }),
      row('y2023', { start: '2023-01-01', area: 53000, area_qualifier: 'about', items: 9000, items_qualifier: 'exact' }),
      row('y2024', { start: '2024-01-01', area: 60000, area_qualifier: 'exact', items: null, items_qualifier: null }),
    ];
    const definition = chart({
      series: [
        { field: 'area', label: { en: 'Area', az: 'Ərazi' }, colour: 'series-1' },
        { field: 'items', label: { en: 'Items', az: 'Əşyalar' }, colour: 'series-2' },
      ],
    });
    const model = buildChartModel('annual', definition, rows, context());
    expect(model.series.map((s) => s.points.map((p) => p.exact))).toEqual([
      [true, false, true],
      [false, true, true],
    ]);
    expect(model.series.map((s) => s.points.map((p) => p.display))).toEqual([
      ['41,915', 'about 53,000', '60,000'],
      ['more than 8,780', '9,000', 'not reported'],
    ]);
    expect(model.table.rows.map((r) => [r.series_0!.display, r.series_1!.display])).toEqual([
      ['41,915', 'more than 8,780'],
      ['about 53,000', '9,000'],
      ['60,000', 'not reported'],
    ]);
    // A figure whose field names no qualifier column reads as written.
    expect(buildChartModel('annual', definition, rows, context({ fields: [] })).series[0]!.points[1]!.display).toBe('53,000');
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
        field: 'area',
        label: { en: scope, az: scope },
        colour: `series-${i + 1}`,
        filters: [{ field: 'scope', op: 'eq', value: scope }],
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

  it("names the reporting body in the reader's language in the table, and keeps the data value in the CSV", () => {
    const rows = [row('y2022', { start: '2022-01-01', area: 41915, reported_by: 'Prime Minister' })];
    const model = buildChartModel('annual', chart({ tableFields: ['reported_by'] }), rows, {
      ...context(),
      reporterName: (reporter) => ({ 'Prime Minister': 'Baş nazir' })[reporter] ?? reporter,
    });
    expect(model.table.rows[0]!.reported_by).toEqual({ value: 'Prime Minister', display: 'Baş nazir' });
    expect(Object.values(chartCsvRecords(model.table, new Map())[0]!)).toContain('Prime Minister');
    expect(buildChartModel('annual', chart({ tableFields: ['reported_by'] }), rows, context()).table.rows[0]!.reported_by!.display).toBe('Prime Minister');
  });

  it("gives a CSV with the table's columns and the source spelled out", () => {
    const model = buildChartModel(
      'annual',
      chart({ tableFields: ['area_qualifier'], filters: [{ field: 'by', op: 'eq', value: 'ANAMA' }] }),
      annual,
      context(),
    );
    const sources = new Map([['src-y2022', { data: { url: 'https://a.example/1', publisher: 'Trend', published: '2023-01-02' } }]]);
    expect(chartCsvColumns(model.table)).toEqual(['Year', 'Area', 'Wording', 'source_url', 'source_publisher', 'source_date']);
    expect(chartCsvRecords(model.table, sources)[0]).toEqual({
      Year: '2022',
      Area: 41915,
      Wording: 'about',
      source_url: 'https://a.example/1',
      source_publisher: 'Trend',
      source_date: '2023-01-02',
    });
  });
});
