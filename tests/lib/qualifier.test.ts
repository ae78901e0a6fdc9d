import { describe, expect, it } from 'vitest';
import { formatRowFigure, qualifierOf } from '../../src/lib/qualifier.ts';
import type { DatasetRow } from '../../src/schemas/dataset.ts';

// Each number names the column that says how the source worded it; report_id and notes have none.
const clearance = [
  { name: 'report_id' },
  { name: 'area_cleared_ha', qualifiedBy: 'area_cleared_ha_qualifier' },
  { name: 'area_cleared_ha_qualifier' },
  { name: 'ap_mines', qualifiedBy: 'ap_mines_qualifier' },
  { name: 'ap_mines_qualifier' },
  { name: 'mines_and_uxo_combined', qualifiedBy: 'mines_and_uxo_combined_qualifier' },
  { name: 'mines_and_uxo_combined_qualifier' },
];
const row = (values: Record<string, unknown>) => ({ source: 's', ...values }) as DatasetRow;

describe('qualifierOf', () => {
  it('reads each number\'s wording from its own qualifier column, so an "about" area leaves an exact count as written', () => {
    const withArea = row({ area_cleared_ha: 41915, area_cleared_ha_qualifier: 'about', ap_mines: 8780, ap_mines_qualifier: 'exact' });
    expect(qualifierOf(clearance, withArea, 'area_cleared_ha')).toBe('about');
    expect(qualifierOf(clearance, withArea, 'ap_mines')).toBe('exact');
  });
  it('gives a count its own wording when the row has no area', () => {
    const countsOnly = row({
      area_cleared_ha: null,
      area_cleared_ha_qualifier: null,
      mines_and_uxo_combined: 82000,
      mines_and_uxo_combined_qualifier: 'more-than',
    });
    expect(qualifierOf(clearance, countsOnly, 'mines_and_uxo_combined')).toBe('more-than');
    expect(qualifierOf(clearance, countsOnly, 'area_cleared_ha')).toBe('exact');
  });
  it('treats a number as exact when its field names no qualifier column, whatever other columns say', () => {
    const casualties = [{ name: 'total' }, { name: 'total_qualifier' }];
    expect(qualifierOf(casualties, row({ total: 300, total_qualifier: 'about' }), 'total')).toBe('exact');
    expect(qualifierOf([], row({ total: 300, qualifier: 'about' }), 'total')).toBe('exact');
    expect(qualifierOf(clearance, row({ report_id: 'x', area_cleared_ha_qualifier: 'about' }), 'report_id')).toBe('exact');
  });
  it('reads anything but a known wording in the qualifier column as exact', () => {
    expect(qualifierOf(clearance, row({ ap_mines: 12, ap_mines_qualifier: 'roughly' }), 'ap_mines')).toBe('exact');
  });
});

describe('formatRowFigure', () => {
  it('writes the number with its own wording, per language, and null for a figure not reported', () => {
    const report = row({
      area_cleared_ha: 249000,
      area_cleared_ha_qualifier: 'about',
      ap_mines: 68000,
      ap_mines_qualifier: 'more-than',
      mines_and_uxo_combined: null,
    });
    expect(formatRowFigure(clearance, report, 'area_cleared_ha', 'en')).toBe('about 249,000');
    expect(formatRowFigure(clearance, report, 'area_cleared_ha', 'az')).toBe('təxminən 249.000');
    expect(formatRowFigure(clearance, report, 'ap_mines', 'en')).toBe('more than 68,000');
    expect(formatRowFigure(clearance, report, 'mines_and_uxo_combined', 'en')).toBeNull();
    expect(formatRowFigure(clearance, row({ ap_mines: 12, ap_mines_qualifier: 'exact' }), 'ap_mines', 'en')).toBe('12');
  });
});
