import { describe, expect, it } from 'vitest';
import type { DrawableChart } from '../../../../src/lib/charts/drawableChart.ts';
import { chartLayout, niceTicks, textWidth, wrapText, type LayoutOptions } from '../../../../src/lib/charts/svg/chartLayout.ts';
import { renderChartSvg } from '../../../../src/lib/charts/svg/renderChartSvg.ts';

const words = { qualified: 'Pale bar: the source says about', notReported: 'Tick: not reported' };
const options: LayoutOptions = { lang: 'en', width: 500, height: 200, words };

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
        { x: '2022', y: 50, exact: false, rowKey: 'a', display: 'about 50' },
        { x: '2023', y: 100, exact: true, rowKey: 'b', display: '100' },
      ],
    },
  ],
  markers: [],
};

describe('niceTicks and text', () => {
  it('splits the range in steps of 1, 2 or 5 times a power of ten, from zero', () => {
    expect(niceTicks(100, 3)).toEqual([0, 50, 100]);
    expect(niceTicks(249000, 5)).toEqual([0, 50000, 100000, 150000, 200000, 250000]);
    expect(niceTicks(0, 4)).toEqual([0, 0.5, 1]);
  });

  it('wraps words into lines no wider than asked (13-unit text: 7.28 units a character)', () => {
    expect(wrapText('one two three four', 60)).toEqual(['one two', 'three', 'four']);
  });
});

describe('chartLayout', () => {
  // Left margin: 8 padding + the widest value label ("100", 3 × 7.28 = 21.84) + 6 = 35.8; plot 35.8…488 (452.2 wide),
  // three bands of 150.73; the plot is 200 − 18 − 6 = 176 high, from y = 8 to the axis at 184.
  const layout = chartLayout(bars, options);

  it('puts the value axis ticks at 0, 50 and 100 from the axis up', () => {
    expect(layout.plot).toMatchObject({ x: 35.8, y: 8, height: 176 });
    expect(layout.valueTicks).toEqual([
      { at: 184, label: '0' },
      { at: 96, label: '50' },
      { at: 8, label: '100' },
    ]);
  });

  it('draws a bar in its band, 80% of the band wide, as high as its value, pale when the source says "about"', () => {
    // 2022: x = 35.8 + 150.73 + 10% of 150.73 = 201.6, 120.6 wide; 50 of 100 is 88 of 176 units.
    expect(layout.bars[0]).toEqual({ series: 0, index: 1, exact: false, display: 'about 50', x: 201.6, y: 96, width: 120.6, height: 88 });
    expect(layout.bars[1]).toMatchObject({ index: 2, exact: true, y: 8, height: 176 });
  });

  it('shows a missing value as a tick under the axis in the middle of its slot, never a bar of zero', () => {
    // 2021: slot from 35.8 + 15.07 = 50.9, middle 50.9 + 60.29 = 111.2.
    expect(layout.gaps).toEqual([{ series: 0, index: 0, x1: 111.2, y1: 186, x2: 111.2, y2: 191 }]);
    expect(layout.bars.some((bar) => bar.index === 0)).toBe(false);
  });

  it('explains pale bars and gaps in the legend, under the axis labels', () => {
    expect(layout.legend.map((item) => item.kind)).toEqual(['series', 'qualified', 'gap']);
    expect(layout.legend[0]!.y).toBe(184 + 18 + 8 + 6);
  });

  it('draws a points chart on a date axis with a hollow point where the source says "about"', () => {
    const points: DrawableChart = {
      ...bars,
      type: 'points',
      unit: 'day',
      categories: null,
      categoryLabels: null,
      series: [
        {
          label: 'Totals',
          colour: 'series-2',
          points: [
            { x: Date.UTC(2021, 0, 1), y: 10, exact: true, rowKey: 'a', display: '10' },
            { x: Date.UTC(2022, 0, 1), y: 20, exact: false, rowKey: 'b', display: 'about 20' },
          ],
        },
      ],
    };
    // Ticks 0, 10, 20; left 8 + 14.56 + 6 = 28.6, plot 459.4 wide; 3% of the span is added at each end, so the
    // first date sits at 28.6 + 459.4 × 0.03 / 1.06 = 41.6 and the last at 28.6 + 459.4 × 1.03 / 1.06 = 475.
    const { points: placed, categoryTicks } = chartLayout(points, options);
    expect(placed).toEqual([
      { series: 0, cx: 41.6, cy: 96, exact: true, display: '10' },
      { series: 0, cx: 475, cy: 8, exact: false, display: 'about 20' },
    ]);
    expect(categoryTicks.map((tick) => tick.label)).toEqual(['2021', '2022']);
  });

  it('puts a marker on its month with a numbered badge in a lane above the plot', () => {
    const months: DrawableChart = {
      ...bars,
      unit: 'month',
      categories: ['2021-01', '2021-02', '2021-03'],
      categoryLabels: ['January 2021', 'February 2021', 'March 2021'],
      series: [
        {
          label: 'Area',
          colour: 'series-1',
          points: ['2021-01', '2021-02', '2021-03'].map((x, i) => ({ x, y: i + 1, exact: true, rowKey: x, display: String(i + 1) })),
        },
      ],
      markers: [{ x: '2021-02', label: 'Maps handed over', eventId: 'e' }],
    };
    const { markers, plot } = chartLayout(months, options);
    // One lane row of 2 × 9 + 4 units and 4 more: the plot starts at 8 + 22 + 4 = 34, the badge's centre 4 + 9 above it.
    expect(plot.y).toBe(34);
    expect(markers).toHaveLength(1);
    expect(markers[0]).toMatchObject({ number: 1, row: 0, badgeY: 21 });
    // The middle of the second of three bands.
    expect(markers[0]!.x).toBeCloseTo(plot.x + plot.width / 2, 0);
  });

  it('wraps the legend one entry a line at 320 units, each line inside the drawing', () => {
    const narrow = chartLayout(
      { ...bars, series: [{ ...bars.series[0]!, label: 'ANAMA staff only, monthly reports from 2021 to 2022' }] },
      { ...options, width: 320 },
    );
    expect(new Set(narrow.legend.map((item) => item.y)).size).toBe(3);
    for (const item of narrow.legend) for (const line of item.lines) expect(item.x + 22 + textWidth(line)).toBeLessThanOrEqual(320);
    expect(narrow.legend[0]!.lines.length).toBeGreaterThan(1);
  });
});

describe('renderChartSvg', () => {
  const { svg } = renderChartSvg(
    { ...bars, markers: [{ x: '2022', label: 'A <marker>', eventId: 'e' }] },
    { ...options, title: 'Area & more', description: 'Bars of area', paint: (token) => `var(${token})`, idPrefix: 'c1' },
  );

  it('is an image named by its title and described by its text alternative', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c1-title c1-desc"/);
    expect(svg).toContain('<title id="c1-title">Area &amp; more</title><desc id="c1-desc">Bars of area</desc>');
  });

  it('draws token colours, a pale outlined bar for "about", a gap tick and a numbered marker', () => {
    expect(svg).toContain(
      'style="fill:var(--chart-series-1);fill-opacity:0.33;stroke:var(--chart-series-1)" stroke-width="1.5" data-series="0" data-qualified=""',
    );
    expect(svg.match(/data-gap=""/g)).toHaveLength(1);
    expect(svg).toContain('data-marker="1"');
    expect(svg).not.toMatch(/#[0-9a-f]{6}/i);
  });

  it('adds the title, the marker key and the source line when drawn as a file', () => {
    const file = renderChartSvg(
      { ...bars, markers: [{ x: '2022', label: 'Maps <handed over>', eventId: 'e' }] },
      {
        ...options,
        frame: { title: 'Area', subtitle: 'Hectares', sourceLine: 'Sources: ANAMA' },
        title: 'Area',
        description: 'd',
        paint: () => '#000000',
        idPrefix: 'f',
      },
    );
    expect(file.svg).toContain('font-weight="700" style="fill:#000000">Area</text>');
    expect(file.svg).toContain('>Maps &lt;handed over&gt;</text>');
    expect(file.svg).toContain('>Sources: ANAMA</text>');
    expect(file.layout.interactive.y).toBeGreaterThan(0);
  });
});
