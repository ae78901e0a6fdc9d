import { describe, expect, it } from 'vitest';
import { temporalCoverage } from '../../../src/lib/datasets/temporalCoverage.ts';

const fields = [
  { name: 'id', type: 'string' as const },
  { name: 'period_start', type: 'date' as const },
  { name: 'period_end', type: 'date' as const },
  { name: 'as_of', type: 'partial-date' as const },
];

describe('temporalCoverage', () => {
  it('runs from the earliest to the latest date of any date field', () => {
    const rows = [
      { id: 'b', period_start: '2022-03-01', period_end: '2022-03-31', as_of: null },
      { id: 'a', period_start: '2021-06-07', period_end: '2021-06-13', as_of: null },
    ];
    expect(temporalCoverage(fields, rows)).toBe('2021-06-07/2022-03-31');
  });

  it('keeps a partial date as written, comparing the days it covers', () => {
    const rows = [
      { id: 'a', period_start: '2021-01-05', period_end: '2021-01-05', as_of: '2020' },
      // 2024-02 ends on 29 February (a leap year), after 2024-02-10.
      { id: 'b', period_start: '2024-02-10', period_end: '2024-02-10', as_of: '2024-02' },
    ];
    expect(temporalCoverage(fields, rows)).toBe('2020/2024-02');
  });

  it('has no coverage when no row has a date, and ignores what is not a date', () => {
    expect(temporalCoverage(fields, [{ id: 'a', period_start: null, period_end: null, as_of: null }])).toBeUndefined();
    expect(temporalCoverage([{ name: 'id', type: 'string' }], [{ id: '2021-01-01' }])).toBeUndefined();
  });
});
