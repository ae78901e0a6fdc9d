// The portal's chart definitions drawn from the real datasets: what each draws is derived from the rows.
import { describe, expect, it } from 'vitest';
import { buildChartModel, dateValue, periodRange } from '../../src/lib/charts/chartModel.ts';
import { selectCasualtyTotals, type CasualtyReport } from '../../src/lib/home/casualties.ts';
import { selectProgressTotals, type ClearanceReport } from '../../src/lib/home/clearance.ts';
import { districtFiguresFor } from '../../src/lib/map/districtFigures.ts';
import { qualifierOf } from '../../src/lib/qualifier.ts';
import { filterRows } from '../../src/lib/rowFilters.ts';
import { context } from '../helpers/chartContext.ts';
import { realContent, realDataset } from '../helpers/realContent.ts';

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
    expect(june2023).toEqual(expect.arrayContaining([81386, 83993]));
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
