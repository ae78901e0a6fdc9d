// The headline clearance rules applied to the real clearance reports: expectations come from their rows.
import { describe, expect, it } from 'vitest';
import { latestAreaCleared, latestItemsFound, reportsItems, selectProgressTotals, type ClearanceReport } from '../../src/lib/home/clearance.ts';
import { realDataset } from '../helpers/realContent.ts';

describe('on the real clearance reports', () => {
  const { rows } = realDataset<ClearanceReport>('clearance-reports');
  const meetsRule = (r: ClearanceReport) =>
    r.granularity === 'cumulative' &&
    r.district === null &&
    r.scope !== 'anama-only' &&
    !r.flags.includes('start-date-differs') &&
    r.period_end >= '2021-10-15';

  it('selects the running totals the research lists, 18,302 ha on 15 October 2021 and about 249,000 ha at the end of 2025 among them', () => {
    const totals = selectProgressTotals(rows);
    // Every selected row meets the rule, every row meeting it is selected, by the day it runs to.
    expect(totals.length).toBeGreaterThan(0);
    expect(totals.filter((r) => !meetsRule(r)).map((r) => r.report_id)).toEqual([]);
    expect(new Set(totals.map((r) => r.report_id))).toEqual(new Set(rows.filter(meetsRule).map((r) => r.report_id)));
    const ends = totals.map((r) => r.period_end);
    expect(ends).toEqual([...ends].sort());
    // The series starts with the chairman's first total; the Prime Minister's "about 249,000" is in it, worded so.
    expect(totals[0]?.period_end).toBe('2021-10-15');
    expect(totals).toContainEqual(expect.objectContaining({ period_end: '2021-10-15', area_cleared_ha: 18302, reported_by: 'ANAMA chairman' }));
    expect(totals).toContainEqual(
      expect.objectContaining({ period_end: '2025-12-31', area_cleared_ha: 249000, area_cleared_ha_qualifier: 'about', reported_by: 'Prime Minister' }),
    );
    // Both disputed readings of 21 June 2023 stay in the series.
    expect(
      totals
        .filter((r) => r.period_end === '2023-06-21')
        .map((r) => r.area_cleared_ha)
        .sort(),
    ).toEqual(expect.arrayContaining([81386, 83993]));
  });

  it('gives the home page the latest area and the latest items figures of that series', () => {
    const totals = selectProgressTotals(rows);
    const withArea = totals.filter((r) => r.area_cleared_ha !== null);
    const withItems = totals.filter(reportsItems);
    expect(latestAreaCleared(rows)).toEqual(withArea.at(-1));
    expect(latestItemsFound(rows)).toEqual(withItems.at(-1));
    // At least as recent as the research's latest figures (about 249,000 ha and about 237,000 items, end of 2025).
    expect(latestAreaCleared(rows)!.period_end >= '2025-12-31').toBe(true);
    expect(latestItemsFound(rows)!.period_end >= '2025-12-31').toBe(true);
  });
});
