import { describe, expect, it } from 'vitest';
import { buildHeadlineFigures } from '../../../src/lib/home/headlineFigures.ts';
import { casualtyRow, clearanceRow } from './sampleRows.ts';

// Each figure's wording comes from the column its field names; fields without one read as exact.
const clearanceFields = [
  { name: 'area_cleared_ha', qualifiedBy: 'area_cleared_ha_qualifier' },
  { name: 'ap_mines', qualifiedBy: 'ap_mines_qualifier' },
  { name: 'at_mines' },
  { name: 'uxo' },
  { name: 'mines_and_uxo_combined' },
];
const casualtyFields = [{ name: 'total', qualifiedBy: 'total_qualifier' }, { name: 'killed' }, { name: 'injured' }];

const clearance = {
  fields: clearanceFields,
  rows: [
    clearanceRow({
      report_id: 'area',
      period_end: '2025-11-10',
      area_cleared_ha: 237821.5,
      area_cleared_ha_qualifier: 'about',
      reported_by: 'ANAMA',
      source: 'trend-1',
    }),
    clearanceRow({
      report_id: 'items',
      period_end: '2025-12-01',
      area_cleared_ha: null,
      area_cleared_ha_qualifier: null,
      ap_mines: 39201,
      ap_mines_qualifier: 'more-than',
      at_mines: 22637,
      uxo: 164128,
      reported_by: 'Cabinet of Ministers',
      source: 'apa-1',
    }),
  ],
};
const casualties = { fields: casualtyFields, rows: [casualtyRow({ as_of_date: '2026-03-13', total: 419, killed: 72, injured: 347, source: 'report-1' })] };

describe('buildHeadlineFigures', () => {
  it("gives each figure in the reader's format with the source's wording, and where it comes from", () => {
    const figures = buildHeadlineFigures(clearance, casualties, 'en');
    expect(figures.area).toEqual({ asOf: '2025-11-10', reportedBy: 'ANAMA', source: 'trend-1', value: 'about 237,821.5' });
    expect(figures.items).toEqual({
      asOf: '2025-12-01',
      reportedBy: 'Cabinet of Ministers',
      source: 'apa-1',
      combined: null,
      split: { apMines: 'more than 39,201', atMines: '22,637', uxo: '164,128' },
    });
    expect(figures.casualties).toEqual({ asOf: '2026-03-13', reportedBy: 'ANAMA', source: 'report-1', total: '419', split: { killed: '72', injured: '347' } });
    expect(buildHeadlineFigures(clearance, casualties, 'az').area.value).toBe('təxminən 237.821,5');
  });

  it("shows the source's combined count of items when it gave one, and no split of casualties it did not give", () => {
    const combined = { ...clearance, rows: [clearanceRow({ period_end: '2025-12-01', mines_and_uxo_combined: 250000 })] };
    const totalOnly = { ...casualties, rows: [casualtyRow({ total: 419 })] };
    const figures = buildHeadlineFigures(combined, totalOnly, 'en');
    expect([figures.items.combined, figures.items.split]).toEqual(['250,000', null]);
    expect(figures.casualties.split).toBeNull();
  });

  it('fails naming the rules when a dataset has no headline row', () => {
    expect(() => buildHeadlineFigures({ ...clearance, rows: [] }, casualties, 'en')).toThrow('src/lib/home/clearance.ts');
  });
});
