import { describe, expect, it } from 'vitest';
import { buildPreviewTable, compareSortValues, readSortType } from '../../../src/lib/datasets/previewTable.ts';

const columns = ['report_id', 'area_ha', 'districts', 'source_url'];
const labels = { report_id: 'Key', area_ha: 'Area', districts: 'Districts', source_url: 'Page', title_az: 'Başlıq' };
const rows = [
  { report_id: 'a', area_ha: 1234.5, districts: ['aghdam', 'fuzuli'], source_url: 'https://trend.example/1' },
  { report_id: 'b', area_ha: null, districts: [], source_url: 'https://apa.example/1' },
  { report_id: 'c', area_ha: 999, districts: ['lachin'], source_url: 'https://apa.example/2' },
];

describe('buildPreviewTable', () => {
  it('sorts a column as numbers when any of its rows holds a number', () => {
    expect(buildPreviewTable(columns, rows, 'en', labels).columns).toEqual([
      { name: 'report_id', label: 'Key', type: 'text', textLanguage: 'en' },
      { name: 'area_ha', label: 'Area', type: 'number', textLanguage: null },
      { name: 'districts', label: 'Districts', type: 'text', textLanguage: 'en' },
      { name: 'source_url', label: 'Page', type: 'text', textLanguage: 'en' },
    ]);
  });

  it('marks an Azerbaijani text column, and refuses a column without a label', () => {
    expect(buildPreviewTable(['title_az'], [{ title_az: 'Xəritələr' }], 'en', labels).columns[0]!.textLanguage).toBe('az');
    expect(() => buildPreviewTable(['notes'], [{ notes: 'x' }], 'en', labels)).toThrow(/no label for the column "notes"/);
  });

  it("shows numbers in the reader's format and sorts by the raw value; not reported is empty", () => {
    const [first, second] = buildPreviewTable(columns, rows, 'en', labels).rows;
    expect(first).toEqual([
      { sortValue: 'a', display: 'a', link: null },
      { sortValue: '1234.5', display: '1,234.5', link: null },
      { sortValue: 'aghdam;fuzuli', display: 'aghdam; fuzuli', link: null },
      { sortValue: 'https://trend.example/1', display: 'https://trend.example/1', link: 'https://trend.example/1' },
    ]);
    expect(second![1]).toEqual({ sortValue: '', display: '', link: null });
    expect(buildPreviewTable(columns, rows, 'az', labels).rows[0]![1]!.display).toBe('1.234,5');
  });

  it("shows a value by its name in the page's language where it has one, sorting by that name, and the rest as written", () => {
    const names = { reported_by: (value: string) => ({ 'Prime Minister': 'Baş nazir' })[value] };
    const table = buildPreviewTable(
      ['reported_by'],
      [{ reported_by: 'Prime Minister' }, { reported_by: 'Landmine Monitor' }],
      'az',
      { reported_by: 'Kim' },
      10,
      names,
    );
    expect(table.rows).toEqual([
      [{ sortValue: 'Baş nazir', display: 'Baş nazir', link: null, translated: true }],
      [{ sortValue: 'Landmine Monitor', display: 'Landmine Monitor', link: null }],
    ]);
    expect(table.columns[0]!.textLanguage).toBe('en');
  });

  it('previews the first rows of a large dataset and says how many there are', () => {
    const table = buildPreviewTable(columns, rows, 'en', labels, 2);
    expect([table.shown, table.total, table.rows.length]).toEqual([2, 3, 2]);
  });
});

describe('sorting in the browser', () => {
  it('reads a heading\'s sort type, text unless it says "number"', () => {
    expect(readSortType('number')).toBe('number');
    expect(readSortType('text')).toBe('text');
    expect(readSortType(undefined)).toBe('text');
  });

  it('orders numbers by value, text alphabetically, and empty cells last either way', () => {
    const sort = (values: string[], type: 'number' | 'text', direction: 'ascending' | 'descending') =>
      [...values].sort((x, y) => compareSortValues(x, y, type, direction));
    expect(sort(['1000', '', '999', '20'], 'number', 'ascending')).toEqual(['20', '999', '1000', '']);
    expect(sort(['1000', '', '999', '20'], 'number', 'descending')).toEqual(['1000', '999', '20', '']);
    expect(sort(['b', '', 'a'], 'text', 'ascending')).toEqual(['a', 'b', '']);
  });
});
