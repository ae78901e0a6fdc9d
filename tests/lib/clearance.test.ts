import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { latestAreaCleared, latestItemsFound, selectProgressTotals, type ClearanceReport } from '../../src/lib/clearance.ts';

/** A cumulative country-wide row; tests override what they need. */
function row(overrides: Partial<ClearanceReport>): ClearanceReport {
  return {
    report_id: 'r',
    period_start: '2020-11-10',
    period_end: '2022-01-01',
    granularity: 'cumulative',
    area_cleared_ha: 100,
    ap_mines: null,
    at_mines: null,
    uxo: null,
    mines_and_uxo_combined: null,
    district: null,
    districts_listed: [],
    scope: 'unspecified',
    reported_by: 'ANAMA chairman',
    qualifier: 'exact',
    flags: [],
    notes: '',
    source: 's',
    ...overrides,
  };
}

describe('selectProgressTotals', () => {
  const rows = [
    row({ report_id: 'late', period_end: '2023-06-21', area_cleared_ha: 83993 }),
    row({ report_id: 'anama-only', period_end: '2022-04-30', scope: 'anama-only', area_cleared_ha: 9568.1 }),
    row({ report_id: 'before-series', period_end: '2021-08-26', area_cleared_ha: 4369 }),
    row({ report_id: 'other-start', period_end: '2021-11-22', flags: ['start-date-differs'], area_cleared_ha: 6285.5782 }),
    row({ report_id: 'district', period_end: '2023-12-31', district: 'aghdam', area_cleared_ha: 5000 }),
    row({ report_id: 'monthly', period_end: '2023-12-31', granularity: 'month', area_cleared_ha: 4000 }),
    row({ report_id: 'first', period_end: '2021-10-15', area_cleared_ha: 18302 }),
    row({ report_id: 'late-b', period_end: '2023-06-21', area_cleared_ha: 81386 }),
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
      row({ report_id: 'a', period_end: '2025-11-10', area_cleared_ha: 237821.5, ap_mines: 39201, at_mines: 22637, uxo: 164128 }),
      row({ report_id: 'b', period_end: '2025-12-31', area_cleared_ha: null, mines_and_uxo_combined: 237000, qualifier: 'about' }),
    ];
    expect(latestAreaCleared(rows)?.report_id).toBe('a');
    expect(latestItemsFound(rows)?.report_id).toBe('b');
  });

  it('does not count a row with only part of the split as reporting items', () => {
    const rows = [
      row({ report_id: 'split', period_end: '2023-11-04', ap_mines: 30539, at_mines: 18303, uxo: 56646 }),
      row({ report_id: 'partial', period_end: '2023-12-01', ap_mines: 31000 }),
    ];
    expect(latestItemsFound(rows)?.report_id).toBe('split');
  });

  it('returns undefined when nothing qualifies', () => {
    expect(latestAreaCleared([row({ granularity: 'year' })])).toBeUndefined();
  });
});

describe('on the real clearance reports', () => {
  const dataset = JSON.parse(readFileSync(new URL('../../content/datasets/clearance-reports.json', import.meta.url), 'utf8'));
  const rows = dataset.rows as ClearanceReport[];

  it('selects the 20 running totals the research lists, 18,302 ha to about 249,000 ha', () => {
    const totals = selectProgressTotals(rows);
    expect(totals).toHaveLength(20);
    expect(totals[0]).toMatchObject({ period_end: '2021-10-15', area_cleared_ha: 18302 });
    expect(totals.at(-1)).toMatchObject({ period_end: '2025-12-31', area_cleared_ha: 249000, qualifier: 'about', reported_by: 'Prime Minister' });
  });

  it('gives the home page its area and items figures', () => {
    expect(latestAreaCleared(rows)).toMatchObject({ area_cleared_ha: 249000, period_end: '2025-12-31' });
    expect(latestItemsFound(rows)).toMatchObject({ mines_and_uxo_combined: 237000, ap_mines: null, period_end: '2025-12-31' });
  });
});
