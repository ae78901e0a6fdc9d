import { describe, expect, it } from 'vitest';
import { resolveStat, StatError } from '../../src/lib/stat.ts';
import type { DatasetRow } from '../../src/schemas/dataset.ts';
import { componentTags } from '../../src/lib/crossReferences.ts';

const datasets = new Map([
  [
    'clearance-annual',
    {
      data: {
        primaryKey: 'report_id',
        qualifies: [['area_cleared_ha'], ['ap_mines']],
        fields: [
          { name: 'report_id', type: 'string' as const, unit: null, description: { en: '', az: '' }, constraints: {} },
          { name: 'area_cleared_ha', type: 'number' as const, unit: 'ha', description: { en: '', az: '' }, constraints: {} },
          { name: 'ap_mines', type: 'integer' as const, unit: 'mines', description: { en: '', az: '' }, constraints: {} },
        ],
      },
      rows: [
        { report_id: 'year-2022', area_cleared_ha: 41915, ap_mines: 8780, qualifier: 'about', source: 'trend-2023-01-02' },
        { report_id: 'year-2025', area_cleared_ha: 69205.7, ap_mines: null, qualifier: 'exact', source: 'azernews-2026-01-05' },
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
  });

  it('fails on a bad reference, saying which part is wrong', () => {
    const resolve = (dataset: string, row: string, field: string) => () => resolveStat({ dataset, row, field }, datasets, 'en');
    expect(resolve('clearance', 'year-2025', 'area_cleared_ha')).toThrow(new StatError('dataset "clearance" does not exist'));
    expect(resolve('clearance-annual', 'year-2021', 'area_cleared_ha')).toThrow('dataset "clearance-annual" has no row "year-2021"');
    expect(resolve('clearance-annual', 'year-2025', 'area')).toThrow('dataset "clearance-annual" has no field "area"');
    expect(resolve('clearance-annual', 'year-2025', 'ap_mines')).toThrow('row "year-2025" reports no number in "ap_mines" (it is null)');
  });
});

describe('componentTags', () => {
  it('finds each use of a component with its attributes and line', () => {
    const body = 'Intro.\n\nANAMA reported <Stat dataset="clearance-annual" row="year-2025" field="area_cleared_ha" /> ha.\n<Chart id="x"/>\n';
    expect(componentTags(body, 'Stat')).toEqual([{ attributes: { dataset: 'clearance-annual', row: 'year-2025', field: 'area_cleared_ha' }, line: 3 }]);
    expect(componentTags(body, 'Chart')).toEqual([{ attributes: { id: 'x' }, line: 4 }]);
  });
});
