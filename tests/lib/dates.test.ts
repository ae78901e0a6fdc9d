import { describe, expect, it } from 'vitest';
import { addDays, CEASEFIRE, mondayOf } from '../../src/lib/dates.ts';

describe('dates', () => {
  it('names the ceasefire of 10 November 2020', () => {
    expect(CEASEFIRE).toBe('2020-11-10');
  });

  it('adds and subtracts days across months, years and a leap day', () => {
    expect(addDays('2020-11-10', 21)).toBe('2020-12-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2025-03-09', 0)).toBe('2025-03-09');
  });

  it('gives the Monday of the Monday-to-Sunday week a date falls in', () => {
    // 10 November 2020 was a Tuesday; 9 November the Monday, 15 November the Sunday of that week.
    expect(mondayOf(CEASEFIRE)).toBe('2020-11-09');
    expect(mondayOf('2020-11-09')).toBe('2020-11-09');
    expect(mondayOf('2020-11-15')).toBe('2020-11-09');
    expect(mondayOf('2020-11-16')).toBe('2020-11-16');
    // Across a year end: Thursday 1 January 2026 belongs to the week of Monday 29 December 2025.
    expect(mondayOf('2026-01-01')).toBe('2025-12-29');
    // Across a leap day: Sunday 3 March 2024, week of Monday 26 February.
    expect(mondayOf('2024-03-03')).toBe('2024-02-26');
  });
});
