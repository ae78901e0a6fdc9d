import { describe, expect, it } from 'vitest';
import { latestAreaCleared, latestItemsFound, selectProgressTotals } from '../../../src/lib/home/clearance.ts';
import { clearanceRow } from './sampleRows.ts';

describe('selectProgressTotals', () => {
  const rows = [
    clearanceRow({ report_id: 'late', period_end: '2023-06-21', area_cleared_ha: 83993 }),
    clearanceRow({ report_id: 'anama-only', period_end: '2022-04-30', scope: 'anama-only', area_cleared_ha: 9568.1 }),
    clearanceRow({ report_id: 'before-series', period_end: '2021-08-26', area_cleared_ha: 4369 }),
    clearanceRow({ report_id: 'other-start', period_end: '2021-11-22', flags: ['start-date-differs'], area_cleared_ha: 6285.5782 }),
    clearanceRow({ report_id: 'district', period_end: '2023-12-31', district: 'aghdam', area_cleared_ha: 5000 }),
    clearanceRow({ report_id: 'monthly', period_end: '2023-12-31', granularity: 'month', area_cleared_ha: 4000 }),
    clearanceRow({ report_id: 'first', period_end: '2021-10-15', area_cleared_ha: 18302 }),
    clearanceRow({ report_id: 'late-b', period_end: '2023-06-21', area_cleared_ha: 81386 }),
  ];

  it('keeps only comparable country-wide running totals from 15 October 2021, oldest first', () => {
    expect(selectProgressTotals(rows).map((r) => r.report_id)).toEqual(['first', 'late', 'late-b']);
  });

  it('keeps both disputed readings of one day rather than choosing or averaging', () => {
    const sameDay = selectProgressTotals(rows).filter((r) => r.period_end === '2023-06-21');
    expect(sameDay.map((r) => r.area_cleared_ha)).toEqual([83993, 81386]);
  });
});

describe('headline picks', () => {
  it('takes the latest area even when a later row reports only items', () => {
    const rows = [
      clearanceRow({ report_id: 'a', period_end: '2025-11-10', area_cleared_ha: 237821.5, ap_mines: 39201, at_mines: 22637, uxo: 164128 }),
      clearanceRow({
        report_id: 'b',
        period_end: '2025-12-31',
        area_cleared_ha: null,
        area_cleared_ha_qualifier: null,
        mines_and_uxo_combined: 237000,
        mines_and_uxo_combined_qualifier: 'about',
      }),
    ];
    expect(latestAreaCleared(rows)?.report_id).toBe('a');
    expect(latestItemsFound(rows)?.report_id).toBe('b');
  });

  it('does not count a row with only part of the split as reporting items', () => {
    const rows = [
      clearanceRow({ report_id: 'split', period_end: '2023-11-04', ap_mines: 30539, at_mines: 18303, uxo: 56646 }),
      clearanceRow({ report_id: 'partial', period_end: '2023-12-01', ap_mines: 31000 }),
    ];
    expect(latestItemsFound(rows)?.report_id).toBe('split');
  });

  it('returns undefined when nothing qualifies', () => {
    expect(latestAreaCleared([clearanceRow({ granularity: 'year' })])).toBeUndefined();
  });
});
