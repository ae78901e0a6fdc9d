import { describe, expect, it } from 'vitest';
import { chartJsConfig, formatDateTick, markerPositions, translucent, type ChartTheme } from '../../../src/lib/charts/chartJsConfig.ts';
import { drawableChart, isDrawableChart, type DrawableChart } from '../../../src/lib/charts/drawableChart.ts';
import { readScriptJson, scriptJson } from '../../../src/lib/jsonScript.ts';

const theme: ChartTheme = {
  colours: { 'series-1': '#0060a0', 'series-2': '#b34700', 'series-3': '#00795c', 'series-4': '#9a3d78' },
  fills: ['#0060a0', 'stripes'],
  text: '#1b1f24',
  grid: '#c9d1d9',
  marker: '#4a5562',
  background: '#ffffff',
};
const bars: DrawableChart = {
  type: 'bar',
  horizontal: false,
  stacked: false,
  unit: 'year',
  categories: ['2021', '2022', '2023'],
  categoryLabels: ['2021', '2022', '2023'],
  series: [
    {
      label: 'Area',
      colour: 'series-1',
      points: [
        { x: '2021', y: null, exact: true, rowKey: null, display: 'not reported' },
        { x: '2022', y: 41915, exact: false, rowKey: 'a', display: 'about 41,915' },
        { x: '2023', y: 53081.8, exact: true, rowKey: 'b', display: '53,081.8' },
      ],
    },
  ],
  markers: [{ x: '2022', label: 'Maps', eventId: 'e' }],
};

describe('chartJsConfig', () => {
  it('draws a gap as a gap and a non-exact figure as a pale bar with an outline', () => {
    const config = chartJsConfig(bars, theme, { locale: 'en-GB', reducedMotion: false });
    const [dataset] = config.data.datasets as Array<{ data: unknown[]; backgroundColor: string[]; borderWidth: number[] }>;
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(['2021', '2022', '2023']);
    expect(dataset!.data).toEqual([null, 41915, 53081.8]);
    expect(dataset!.backgroundColor).toEqual(['#0060a0', '#0060a055', '#0060a0']);
    expect(dataset!.borderWidth).toEqual([0, 2, 0]);
  });

  it('turns animation off when the reader prefers reduced motion', () => {
    expect(chartJsConfig(bars, theme, { locale: 'en-GB', reducedMotion: true }).options?.animation).toBe(false);
  });

  it('draws points on a date axis, hollow when not exact, never joined for a points chart', () => {
    const points: DrawableChart = {
      ...bars,
      type: 'points',
      unit: 'day',
      categories: null,
      categoryLabels: null,
      markers: [],
      series: [
        {
          label: 'Totals',
          colour: 'series-2',
          points: [
            { x: 1634256000000, y: 18302, exact: true, rowKey: 'a', display: '18,302' },
            { x: 1639267200000, y: 20000, exact: false, rowKey: 'b', display: 'about 20,000' },
            { x: 1640000000000, y: null, exact: true, rowKey: 'c', display: 'not reported' },
          ],
        },
      ],
    };
    const config = chartJsConfig(points, theme, { locale: 'en-GB', reducedMotion: false });
    const [dataset] = config.data.datasets as Array<{ data: unknown[]; pointBackgroundColor: string[]; showLine: boolean; pointStyle: string }>;
    expect(config.type).toBe('scatter');
    expect(dataset!.data).toEqual([
      { x: 1634256000000, y: 18302 },
      { x: 1639267200000, y: 20000 },
    ]);
    expect(dataset!.pointBackgroundColor).toEqual(['#b34700', '#ffffff']);
    expect(dataset!.showLine).toBe(false);
    expect(config.options?.scales?.x).toMatchObject({ type: 'linear' });
  });

  it('puts categories down the side for horizontal bars', () => {
    const config = chartJsConfig({ ...bars, horizontal: true }, theme, { locale: 'en-GB', reducedMotion: false });
    expect(config.options?.indexAxis).toBe('y');
    expect(config.options?.scales).toHaveProperty('y.type', 'category');
  });

  it('places markers at their category or date', () => {
    expect(markerPositions(bars)).toEqual([{ value: 1, label: 'Maps' }]);
    expect(markerPositions({ ...bars, markers: [{ x: 1634256000000, label: 'Day', eventId: 'd' }] })).toEqual([{ value: 1634256000000, label: 'Day' }]);
  });

  it("labels date ticks in the reader's language", () => {
    expect(formatDateTick(Date.UTC(2021, 5, 1), 'en-GB')).toBe('Jun 2021');
    expect(formatDateTick(Date.UTC(2021, 5, 1), 'az')).toMatch(/2021/);
  });
});

describe('the chart as the browser reads it', () => {
  it('round-trips the drawn part of a model through the JSON script and refuses JSON of another shape', () => {
    const model = { ...bars, table: { columns: [], rows: [] }, asOf: '2023-12-31', sourceIds: ['s'] };
    const drawable = drawableChart(model);
    expect(Object.keys(drawable)).toEqual(['type', 'horizontal', 'stacked', 'unit', 'categories', 'categoryLabels', 'series', 'markers']);
    expect(readScriptJson(scriptJson(drawable), isDrawableChart, 'chart')).toEqual(bars);
    expect(() => readScriptJson('{"type":"bar"}', isDrawableChart, '<chart-figure>')).toThrow('<chart-figure>');
  });
});

describe('translucent', () => {
  it('adds the alpha pair to six-digit colours and widens the three-digit ones the minifier writes', () => {
    expect(translucent('#0060a0')).toBe('#0060a055');
    expect(translucent('#fff')).toBe('#ffffff55');
    expect(translucent(' #abc ', '80')).toBe('#aabbcc80');
    expect(translucent('#0060a0cc')).toBe('#0060a055');
  });
});
