import { describe, expect, it } from 'vitest';
import { binOf, legendBins } from '../../../src/lib/map/colourScale.ts';
import { buildDistrictYearFigures, districtFiguresFor, districtYears } from '../../../src/lib/map/districtFigures.ts';
import { featurePath, featuresInBox, fitProjection, svgShapes, type DistrictFeature } from '../../../src/lib/map/svgMap.ts';
import type { DatasetRow } from '../../../src/schemas/dataset.ts';

describe('colour scale', () => {
  it('keeps zero and no figure in classes of their own', () => {
    expect(binOf(null)).toBe('no-data');
    expect(binOf(0)).toBe('zero');
    expect(binOf(0.5)).toBe('b1');
  });
  it('puts values in the class their edges say, lower edge included', () => {
    expect([174.5, 999.9, 1000, 2500, 4999, 5000, 9999, 10000, 14016.7].map((value) => binOf(value))).toEqual([
      'b1',
      'b1',
      'b2',
      'b3',
      'b3',
      'b4',
      'b4',
      'b5',
      'b5',
    ]);
  });
  it('lists the legend in order: zero, five classes, no figure', () => {
    expect(legendBins()).toEqual([
      { key: 'zero', min: 0, max: 0 },
      { key: 'b1', min: 0, max: 1000 },
      { key: 'b2', min: 1000, max: 2500 },
      { key: 'b3', min: 2500, max: 5000 },
      { key: 'b4', min: 5000, max: 10000 },
      { key: 'b5', min: 10000, max: null },
      { key: 'no-data', min: null, max: null },
    ]);
  });
});

describe('district figures', () => {
  const fields = [{ name: 'area_cleared_ha', qualifiedBy: 'area_cleared_ha_qualifier' }, { name: 'area_cleared_ha_qualifier' }];
  const row = (values: Record<string, unknown>) =>
    ({ granularity: 'year', reported_by: 'Cabinet of Ministers', area_cleared_ha_qualifier: 'exact', source: 's', ...values }) as DatasetRow;
  const rows = [
    row({ report_id: 'a', period_start: '2023-01-01', district: 'aghdam', area_cleared_ha: 7956.1 }),
    row({ report_id: 'b', period_start: '2025-01-01', district: 'aghdam', area_cleared_ha: 7672.1 }),
    row({ report_id: 'c', period_start: '2023-01-01', district: null, area_cleared_ha: 53081 }),
    row({ report_id: 'd', period_start: '2023-01-01', district: 'jabrayil', area_cleared_ha: 14016.7, reported_by: 'ANAMA' }),
    row({ report_id: 'f', period_start: '2025-01-01', district: 'fuzuli', area_cleared_ha: 9000, area_cleared_ha_qualifier: 'about' }),
  ];
  it("takes the Cabinet's district rows of one year only", () => {
    expect([...districtFiguresFor(fields, rows, '2023')]).toEqual([['aghdam', { area: 7956.1, reportId: 'a', source: 's', qualifier: 'exact' }]]);
    expect(districtYears(rows)).toEqual(['2023', '2025']);
  });
  it("gives each figure the wording of the area's own qualifier column", () => {
    expect(districtFiguresFor(fields, rows, '2025').get('fuzuli')).toEqual({ area: 9000, reportId: 'f', source: 's', qualifier: 'about' });
    expect(districtFiguresFor(fields, rows, '2025').get('aghdam')?.qualifier).toBe('exact');
  });
  it('builds every year with the latest first shaded and the hectares given for unnamed districts', () => {
    const withUnnamed = [...rows, row({ report_id: 'o', period_start: '2025-01-01', district: 'other', area_cleared_ha: 120.5 })];
    const figures = buildDistrictYearFigures(fields, withUnnamed);
    expect([figures.years, figures.latest]).toEqual([['2023', '2025'], '2025']);
    expect([...figures.unnamed]).toEqual([
      ['2023', null],
      ['2025', 120.5],
    ]);
    expect([...figures.byYear.get('2025')!.keys()]).toEqual(['aghdam', 'fuzuli', 'other']);
    expect(() => buildDistrictYearFigures(fields, [])).toThrow('no district rows');
  });
  it('refuses two rows for one district and year', () => {
    expect(() =>
      districtFiguresFor(fields, [...rows, row({ report_id: 'e', period_start: '2023-01-01', district: 'aghdam', area_cleared_ha: 1 })], '2023'),
    ).toThrow(/aghdam in 2023/);
  });
});

describe('SVG generation', () => {
  const square = (id: string, west: number, south: number, size: number): DistrictFeature => ({
    properties: { id, name_en: id, name_az: id, kind: 'district', focus: true },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [west, south],
          [west + size, south],
          [west + size, south + size],
          [west, south + size],
          [west, south],
        ],
      ],
    },
  });
  const features = [square('a', 46, 39, 1), square('b', 47, 39, 1)];

  it('fits the shapes into the width, north up, longitudes shortened at this latitude', () => {
    const projection = fitProjection(features, 200, 0);
    expect(projection.project(46, 40)).toEqual([0, 0]);
    expect(projection.project(48, 39)[0]).toBeCloseTo(200, 6);
    // 2° of longitude at 39.5°N are as wide as 2·cos(39.5°) ≈ 1.543° of latitude.
    expect(projection.height).toBe(Math.round(200 / (2 * Math.cos((39.5 * Math.PI) / 180))));
  });

  it('writes closed paths, one per feature, dropping repeated points', () => {
    const projection = fitProjection(features, 200, 0);
    const shapes = svgShapes(features, projection);
    expect(shapes.map((shape) => shape.id)).toEqual(['a', 'b']);
    expect(shapes[0]!.d).toBe('M0,129.6L100,129.6L100,0L0,0L0,129.6Z');
    const coarse = featurePath(
      {
        ...features[0]!,
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [46, 39],
              [46.0001, 39],
              [47, 40],
              [46, 39],
            ],
          ],
        },
      },
      projection,
      1,
    );
    expect(coarse).toBe('M0,130L100,0L0,130Z');
  });

  it('writes every ring of a multipolygon', () => {
    const projection = fitProjection(features, 200, 0);
    const multi: DistrictFeature = {
      ...features[0]!,
      geometry: { type: 'MultiPolygon', coordinates: [features[0]!.geometry.coordinates as number[][][], features[1]!.geometry.coordinates as number[][][]] },
    };
    expect(featurePath(multi, projection).match(/M/g)).toHaveLength(2);
  });

  it('keeps the features that reach into a box', () => {
    expect(featuresInBox(features, [46.5, 38, 46.9, 41]).map((f) => f.properties.id)).toEqual([]);
    expect(featuresInBox(features, [47.5, 38, 48.5, 41]).map((f) => f.properties.id)).toEqual(['b']);
  });
});
