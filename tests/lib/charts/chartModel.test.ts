import { describe, expect, it } from 'vitest';
import {
  AmbiguousChartError,
  buildChartModel,
  chartCsvColumns,
  chartCsvRecords,
  dateValue,
  periodRange,
  type ChartContext,
} from '../../../src/lib/charts/chartModel.ts';
import { selectCasualtyTotals, type CasualtyReport } from '../../../src/lib/home/casualties.ts';
import { selectProgressTotals, type ClearanceReport } from '../../../src/lib/home/clearance.ts';
import { districtFiguresFor } from '../../../src/lib/map/districtFigures.ts';
import { qualifierOf } from '../../../src/lib/qualifier.ts';
import { filterRows } from '../../../src/lib/rowFilters.ts';
import { chartSchema, type ChartDefinition } from '../../../src/schemas/chart.ts';
import type { DatasetRow } from '../../../src/schemas/dataset.ts';
import { realContent, realDataset } from '../../helpers/realContent.ts';

const words: ChartContext['words'] = {
  year: 'Year',
  month: 'Month',
  date: 'Date',
  district: 'District',
  series: 'Series',
  source: 'Source',
  notReported: 'not reported',
  fields: { area_qualifier: 'Wording', other: 'Districts not named', value: 'Value' },
  flags: { disputed: 'sources disagree' },
};
const context = (overrides: Partial<ChartContext> = {}): ChartContext => ({
  lang: 'en',
  words,
  primaryKey: 'id',
  fields: [
    { name: 'area', qualifiedBy: 'area_qualifier' },
    { name: 'area_qualifier' },
    { name: 'items', qualifiedBy: 'items_qualifier' },
    { name: 'items_qualifier' },
  ],
  districtNames: new Map([
    ['aghdam', 'Aghdam'],
    ['fuzuli', 'Fuzuli'],
  ]),
  events: [],
  ...overrides,
});
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

describe("the portal's charts on the real data", () => {
  const { content } = realContent();
  const districtNames = new Map(content.places.filter((place) => place.data.district === null).map((place) => [place.id, place.data.name.en]));
  const charts = content.charts.map((chart) => chart.id);
  const definition = (id: string) => {
    const entry = content.charts.find((chart) => chart.id === id);
    if (!entry) throw new Error(`no chart "${id}" in content/charts/`);
    return entry.data;
  };
  const model = (id: string) => {
    const dataset = realDataset(definition(id).dataset);
    return buildChartModel(
      id,
      definition(id),
      dataset.rows,
      context({ primaryKey: dataset.primaryKey, fields: dataset.fields, districtNames, events: content.events }),
    );
  };
  /** The rows a series draws: those meeting the chart's filters and the series' own, by key. */
  const drawnRows = (id: string, series: number) => {
    const chart = definition(id);
    const dataset = realDataset(chart.dataset);
    return new Map(filterRows(filterRows(dataset.rows, chart.filters), chart.series[series]!.filters).map((r) => [String(r[dataset.primaryKey]), r]));
  };
  const drawnValues = (id: string, series = 0) => model(id).series[series]!.points.filter((p) => p.rowKey !== null);

  it("draws every row its filters pick, once, with the row's own number and wording; a gap is never zero", () => {
    expect(charts.length).toBeGreaterThan(0);
    for (const id of charts) {
      const chart = definition(id);
      const { fields } = realDataset(chart.dataset);
      model(id).series.forEach((series, index) => {
        const rows = drawnRows(id, index);
        const field = chart.series[index]!.field;
        const keys = series.points.flatMap((p) => (p.rowKey === null ? [] : [p.rowKey]));
        expect(keys.sort(), `${id} series ${index}`).toEqual([...rows.keys()].sort());
        for (const point of series.points) {
          if (point.rowKey === null) {
            expect(point, `${id} gap`).toMatchObject({ y: null, display: 'not reported' });
            continue;
          }
          const r = rows.get(point.rowKey)!;
          const value = r[field];
          expect(point.y, `${id} ${point.rowKey}`).toBe(typeof value === 'number' ? value : null);
          expect(point.exact, `${id} ${point.rowKey}`).toBe(qualifierOf(fields, r, field) === 'exact');
        }
      });
    }
  });

  it("area per year: no figure for 2021, then ANAMA's annual totals, one a year", () => {
    const points = model('area-cleared-per-year').series[0]!.points;
    const years = points.map((p) => p.x);
    expect(years[0]).toBe('2021');
    expect(years).toEqual(periodRange('2021', String(years.at(-1)), 'year'));
    expect(points[0]).toMatchObject({ x: '2021', y: null, rowKey: null });
    for (const [year, area] of [
      ['2022', 41915],
      ['2023', 53081.8],
      ['2024', 62023.9],
      ['2025', 69205.7],
    ] as const) {
      expect(points.find((p) => p.x === year)?.y, year).toBe(area);
    }
    // Every row drawn is ANAMA's, and every one of ANAMA's yearly rows is drawn.
    const anama = realDataset('clearance-annual').rows.filter((r) => r.reported_by === 'ANAMA');
    expect(anama.length).toBeGreaterThan(0);
    expect(
      drawnValues('area-cleared-per-year')
        .map((p) => p.rowKey)
        .sort(),
    ).toEqual(anama.map((r) => String(r.report_id)).sort());
  });

  it('area per month: every month from November 2020 on, those with a report drawn, the rest gaps', () => {
    const chart = definition('area-cleared-per-month');
    const points = model('area-cleared-per-month').series[0]!.points;
    const months = points.map((p) => String(p.x));
    expect(months[0]).toBe('2020-11');
    expect(months).toEqual(periodRange('2020-11', months.at(-1)!, 'month'));
    expect(months.at(-1)! >= chart.x.to!).toBe(true);
    const reported = new Set([...drawnRows('area-cleared-per-month', 0).values()].map((r) => String(r.period_start).slice(0, 7)));
    expect(points.filter((p) => p.rowKey !== null).map((p) => p.x)).toEqual(months.filter((month) => reported.has(month)));
    expect(points.filter((p) => p.rowKey === null).every((p) => p.y === null)).toBe(true);
    expect(points.some((p) => p.rowKey === null)).toBe(true);
    expect(points.find((p) => p.x === '2025-12')!.y).toBe(5098.7);
  });

  it('area per month: marks the mine-map events that fall on the axis', () => {
    const points = model('area-cleared-per-month').series[0]!.points.map((p) => String(p.x));
    const expected = content.events.filter((event) => event.data.category === 'mine-map' && points.includes(event.data.date.slice(0, 7)));
    expect(expected.length).toBeGreaterThan(0);
    expect(
      model('area-cleared-per-month')
        .markers.map((marker) => marker.eventId)
        .sort(),
    ).toEqual(expected.map((event) => event.id).sort());
  });

  it("running totals: one series per scope, never joined, both 21 June 2023 readings kept, the home page's series drawn", () => {
    const series = model('cumulative-area-cleared').series;
    const rows = realDataset<ClearanceReport>('clearance-cumulative').rows;
    const byKey = new Map(rows.map((r) => [r.report_id, r]));
    const scopes = ['unspecified', 'all-operators', 'anama-only'];
    series.forEach((s, index) => {
      expect(s.points.length, scopes[index]).toBeGreaterThan(0);
      expect(
        s.points.every((p) => byKey.get(p.rowKey!)?.scope === scopes[index]),
        scopes[index],
      ).toBe(true);
      expect(s.points.map((p) => p.x)).toEqual(s.points.map((p) => p.x).sort((a, b) => Number(a) - Number(b)));
    });
    // The not-stated series starts where the chairman's totals do.
    expect(series[0]!.points.every((p) => byKey.get(p.rowKey!)!.period_end >= '2021-10-15')).toBe(true);
    const june2023 = series[0]!.points.filter((p) => p.x === Date.UTC(2023, 5, 21)).map((p) => p.y);
    expect(june2023.sort()).toEqual([81386, 83993]);
    // Every running total the home page may quote is on the chart, in the not-stated or all-operator series.
    const drawn = new Set([...series[0]!.points, ...series[1]!.points].map((p) => p.rowKey));
    const progress = selectProgressTotals(realDataset<ClearanceReport>('clearance-reports').rows);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.filter((r) => !drawn.has(r.report_id)).map((r) => r.report_id)).toEqual([]);
  });

  it("districts: one bar per district the map shows, adding up to ANAMA's annual area for the year", () => {
    const annual = model('area-cleared-per-year').series[0]!.points;
    const { fields, rows } = realDataset('clearance-reports');
    for (const year of ['2023', '2025']) {
      const id = `area-cleared-by-district-${year}`;
      const bars = model(id).series[0]!.points;
      const figures = districtFiguresFor(fields, rows, year);
      expect(figures.size, year).toBeGreaterThan(0);
      expect(model(id).categories!.slice().sort(), year).toEqual([...figures.keys()].sort());
      expect(bars.map((p) => p.y).sort(), year).toEqual([...figures.values()].map((figure) => figure.area).sort());
      const sum = bars.reduce((total, p) => total + (p.y ?? 0), 0);
      expect(sum, year).toBeCloseTo(annual.find((p) => p.x === year)!.y!, 1);
    }
  });

  it("casualties: the chart draws the headline totals, the research's 223 and 419 among them", () => {
    const total = model('casualties-since-2020').series[0]!.points;
    const headline = selectCasualtyTotals(realDataset<CasualtyReport>('casualties').rows);
    expect(headline.length).toBeGreaterThan(0);
    expect(total.map((p) => p.rowKey)).toEqual(headline.map((r) => r.report_id));
    expect(total.map((p) => p.x)).toEqual(headline.map((r) => dateValue(r.as_of_date!)));
    expect(total.every((p) => p.exact)).toBe(true);
    expect(total).toContainEqual(expect.objectContaining({ x: Date.UTC(2022, 5, 6), y: 223 }));
    expect(total).toContainEqual(expect.objectContaining({ x: Date.UTC(2026, 2, 13), y: 419 }));
  });

  it('map handovers: a bar for every handover, the stated figures drawn, the rest gaps', () => {
    const points = model('mines-on-handed-over-maps').series[0]!.points;
    const rows = realDataset('minefield-map-handovers').rows;
    expect(points.map((p) => p.x)).toEqual(rows.map((r) => String(r.date)).sort());
    expect(points.map((p) => p.y)).toEqual([...points].map((p) => rows.find((r) => r.handover_id === p.rowKey)!.mines_on_maps));
    expect(points).toContainEqual(expect.objectContaining({ x: '2021-06-12', y: 97000 }));
    expect(points).toContainEqual(expect.objectContaining({ x: '2021-07-03', y: 92000, exact: false, display: 'about 92,000' }));
    expect(points.some((p) => p.y === null)).toBe(true);
  });
});
