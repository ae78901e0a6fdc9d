import { describe, expect, it } from 'vitest';
import { latestCasualtyTotal, selectCasualtyTotals, type CasualtyReport } from '../../../src/lib/home/casualties.ts';
import { realDataset } from '../../helpers/realContent.ts';
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

describe('on the real casualties dataset', () => {
  const { rows } = realDataset<CasualtyReport>('casualties');
  const excluding = ['conflict', 'check', 'civilians-only', 'subset-only', 'ambiguous', 'date-approximate'];
  const meetsRule = (r: CasualtyReport) =>
    r.scope === 'since-2020-11' &&
    r.granularity === 'cumulative' &&
    typeof r.total === 'number' &&
    r.total_qualifier === 'exact' &&
    r.as_of_date !== null &&
    !r.flags.some((flag) => excluding.includes(flag));

  it("selects the headline rows by the rule, the research's 223 on 6 June 2022 and 419 on 13 March 2026 among them", () => {
    const totals = selectCasualtyTotals(rows);
    // Every headline row meets the rule, every row meeting it is a headline row, oldest first.
    expect(totals.length).toBeGreaterThan(0);
    expect(totals.filter((r) => !meetsRule(r)).map((r) => r.report_id)).toEqual([]);
    expect(new Set(totals.map((r) => r.report_id))).toEqual(new Set(rows.filter(meetsRule).map((r) => r.report_id)));
    const dates = totals.map((r) => r.as_of_date!);
    expect(dates).toEqual([...dates].sort());
    // The research's first and latest headline readings are in the series.
    expect(totals).toContainEqual(expect.objectContaining({ as_of_date: '2022-06-06', total: 223 }));
    expect(totals).toContainEqual(
      expect.objectContaining({ as_of_date: '2026-03-13', total: 419, killed: 72, injured: 347, reported_by: 'Ministry of Foreign Affairs' }),
    );
    expect(latestCasualtyTotal(rows)).toEqual(totals.at(-1));
  });
});
