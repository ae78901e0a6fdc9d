import { describe, expect, it } from 'vitest';
import { qualifierOf } from '../../src/lib/qualifier.ts';
import type { DatasetRow } from '../../src/schemas/dataset.ts';

const clearance = { qualifies: [['area_cleared_ha'], ['mines_and_uxo_combined', 'ap_mines', 'at_mines', 'uxo']] };
const row = (values: Record<string, unknown>) => ({ source: 's', ...values }) as DatasetRow;

describe('qualifierOf', () => {
  it('applies the row qualifier to the area when the row gives one, and leaves the counts as written', () => {
    const withArea = row({ qualifier: 'about', area_cleared_ha: 41915, ap_mines: 8780 });
    expect(qualifierOf(clearance, withArea, 'area_cleared_ha')).toBe('about');
    expect(qualifierOf(clearance, withArea, 'ap_mines')).toBe('exact');
  });
  it('applies it to the counts when the row has no area', () => {
    const countsOnly = row({ qualifier: 'more-than', area_cleared_ha: null, mines_and_uxo_combined: 82000 });
    expect(qualifierOf(clearance, countsOnly, 'mines_and_uxo_combined')).toBe('more-than');
  });
  it('treats every number as exact in a dataset whose qualifier describes no number', () => {
    expect(qualifierOf({}, row({ qualifier: 'about', total: 300 }), 'total')).toBe('exact');
  });
});
