import { describe, expect, it } from 'vitest';
import { resolveStat, StatError } from '../../../src/lib/news/stat.ts';
import type { DatasetRow } from '../../../src/schemas/dataset.ts';
import { componentTags } from '../../../src/lib/crossReferences.ts';

const datasets = new Map([
  [
    'clearance-annual',
    {
      primaryKey: 'report_id',
      fields: [
        { name: 'report_id', type: 'string' as const, unit: null, title: { en: '', az: '' }, description: { en: '', az: '' }, constraints: {} },
        {
          name: 'area_cleared_ha',
          type: 'number' as const,
          unit: 'ha' as const,
          title: { en: '', az: '' },
          description: { en: '', az: '' },
          constraints: {},
          qualifiedBy: 'area_cleared_ha_qualifier',
        },
        {
          name: 'area_cleared_ha_qualifier',
          type: 'string' as const,
          unit: null,
          title: { en: '', az: '' },
          description: { en: '', az: '' },
          constraints: { enum: ['exact', 'about', 'more-than'] },
        },
        {
          name: 'ap_mines',
          type: 'integer' as const,
          unit: 'mines' as const,
          title: { en: '', az: '' },
          description: { en: '', az: '' },
          constraints: {},
          qualifiedBy: 'ap_mines_qualifier',
        },
        {
          name: 'ap_mines_qualifier',
          type: 'string' as const,
          unit: null,
          title: { en: '', az: '' },
          description: { en: '', az: '' },
          constraints: { enum: ['exact', 'about', 'more-than'] },
        },
      ],
      rows: [
        {
          report_id: 'year-2022',
          area_cleared_ha: 41915,
          area_cleared_ha_qualifier: 'about',
          ap_mines: 8780,
          ap_mines_qualifier: 'exact',
          source: 'trend-2023-01-02',
        },
        {
          report_id: 'year-2025',
          area_cleared_ha: 69205.7,
          area_cleared_ha_qualifier: 'exact',
          ap_mines: null,
          ap_mines_qualifier: null,
          source: 'azernews-2026-01-05',
        },
      ] as DatasetRow[],
    },
  ],
]);

describe('resolveStat', () => {
  it('reads the figure from the row, with its qualifier, formatted per language, with its source', () => {
    expect(resolveStat({ dataset: 'clearance-annual', row: 'year-2025', field: 'area_cleared_ha' }, datasets, 'en')).toEqual({
      value: 69205.7,
      display: '69,205.7',
      unit: 'ha',
      source: 'azernews-2026-01-05',
    });
    expect(resolveStat({ dataset: 'clearance-annual', row: 'year-2022', field: 'area_cleared_ha' }, datasets, 'az').display).toBe('təxminən 41.915');
    // The area's "about" is the area's own: the same row's mine count reads as written.
    expect(resolveStat({ dataset: 'clearance-annual', row: 'year-2022', field: 'ap_mines' }, datasets, 'en')).toEqual({
      value: 8780,
      display: '8,780',
      unit: 'mines',
      source: 'trend-2023-01-02',
    });
  });

  it('fails on a bad reference, saying which part is wrong', () => {
    const resolve = (dataset: string, row: string, field: string) => () => resolveStat({ dataset, row, field }, datasets, 'en');
    expect(resolve('clearance', 'year-2025', 'area_cleared_ha')).toThrow(new StatError('dataset "clearance" does not exist; did you mean "clearance-annual"?'));
    expect(resolve('casualties', 'year-2025', 'area_cleared_ha')).toThrow(new StatError('dataset "casualties" does not exist'));
    expect(resolve('clearance-annual', 'year-2021', 'area_cleared_ha')).toThrow(
      new StatError('dataset "clearance-annual" has no row "year-2021"; did you mean "year-2022"?'),
    );
    expect(resolve('clearance-annual', 'total', 'area_cleared_ha')).toThrow(new StatError('dataset "clearance-annual" has no row "total"'));
    expect(resolve('clearance-annual', 'year-2025', 'area')).toThrow(
      new StatError('dataset "clearance-annual" has no field "area"; did you mean "area_cleared_ha"?'),
    );
    expect(resolve('clearance-annual', 'year-2025', 'ap_mines')).toThrow(
      new StatError('row "year-2025" reports no number in "ap_mines" (the cell is empty): quote a field that has one'),
    );
  });
});

describe('componentTags', () => {
  it('finds each use of a component with its attributes and line', () => {
    const body = 'Intro.\n\nANAMA reported <Stat dataset="clearance-annual" row="year-2025" field="area_cleared_ha" /> ha.\n<Chart id="x"/>\n';
    expect(componentTags(body, 'Stat')).toEqual([{ attributes: { dataset: 'clearance-annual', row: 'year-2025', field: 'area_cleared_ha' }, line: 3 }]);
    expect(componentTags(body, 'Chart')).toEqual([{ attributes: { id: 'x' }, line: 4 }]);
  });
});
