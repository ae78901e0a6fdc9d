// The headline casualty rules applied to the real casualties dataset: expectations come from its rows.
import { describe, expect, it } from 'vitest';
import { latestCasualtyTotal, selectCasualtyTotals, type CasualtyReport } from '../../src/lib/home/casualties.ts';
import { realDataset } from '../helpers/realContent.ts';

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
