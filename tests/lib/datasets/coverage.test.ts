import { describe, expect, it } from 'vitest';
import { coverageOf } from '../../../src/lib/datasets/coverage.ts';

const row = (granularity: string, period_start: string, period_end: string, district: string | null = null) => ({
  source: 's',
  granularity,
  period_start,
  period_end,
  district,
});

describe('coverageOf', () => {
  it('counts months with a monthly report and weeks with a weekly one, from November 2020 to the latest period', () => {
    const coverage = coverageOf([
      row('month', '2020-11-10', '2020-11-30'),
      row('month', '2021-06-01', '2021-07-03'), // placed at June, where it starts
      row('month', '2021-06-01', '2021-07-03'), // a second reading of the same month counts once
      row('month', '2021-02-01', '2021-02-28', 'aghdam'), // one district's figure covers nothing
      row('week', '2020-11-09', '2020-11-14'), // the ceasefire week
      row('week', '2021-01-04', '2021-01-09'),
      row('week', '2021-01-04', '2021-01-09'),
      row('other', '2021-01-01', '2021-03-31'), // partial and other periods cover nothing
      row('cumulative', '2020-11-10', '2021-07-04'),
    ]);
    // Nov 2020 to Jul 2021: 9 months; Monday 9 Nov 2020 to Monday 28 Jun 2021: 34 weeks.
    expect(coverage).toEqual({ months: 9, monthlyMonths: 2, weeks: 34, weeklyWeeks: 2 });
  });

  it('never adds weeks up into months', () => {
    const weeks = ['2021-03-01', '2021-03-08', '2021-03-15', '2021-03-22', '2021-03-29'].map((monday) => row('week', monday, monday));
    expect(coverageOf(weeks)).toMatchObject({ monthlyMonths: 0, weeklyWeeks: 5 });
  });

  it('has nothing to say about rows without periods', () => {
    expect(coverageOf([{ source: 's', year: 2021 }])).toBeNull();
    expect(coverageOf([])).toBeNull();
  });
});
