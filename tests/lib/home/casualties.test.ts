import { describe, expect, it } from 'vitest';
import { latestCasualtyTotal, selectCasualtyTotals } from '../../../src/lib/home/casualties.ts';
import { casualtyRow } from './sampleRows.ts';

describe('selectCasualtyTotals', () => {
  it('keeps exact-dated running totals since the ceasefire, given as exact numbers, without excluding flags', () => {
    const rows = [
      casualtyRow({ report_id: 'keep-late', as_of_date: '2026-03-13', total: 419 }),
      casualtyRow({ report_id: 'since-1991', scope: 'since-1991', total: 3400 }),
      casualtyRow({ report_id: 'no-total', total: null, total_qualifier: null, killed: 15, killed_qualifier: 'exact' }),
      casualtyRow({ report_id: 'about', total: 320, total_qualifier: 'about' }),
      casualtyRow({ report_id: 'more-than', total: 330, total_qualifier: 'more-than' }),
      casualtyRow({ report_id: 'conflict', flags: ['conflict'], total: 314 }),
      casualtyRow({ report_id: 'civilians', flags: ['civilians-only'] }),
      casualtyRow({ report_id: 'approx', flags: ['date-approximate'] }),
      casualtyRow({ report_id: 'year', granularity: 'year', total: 58 }),
      casualtyRow({ report_id: 'secondary', as_of_date: '2022-06-06', flags: ['secondary-copy'], total: 223 }),
      // An "about" count of the killed does not make the total any less exact.
      casualtyRow({ report_id: 'killed-about', as_of_date: '2023-01-01', total: 280, killed: 50, killed_qualifier: 'about' }),
    ];
    expect(selectCasualtyTotals(rows).map((r) => r.report_id)).toEqual(['secondary', 'killed-about', 'keep-late']);
    expect(latestCasualtyTotal(rows)?.total).toBe(419);
  });
});
