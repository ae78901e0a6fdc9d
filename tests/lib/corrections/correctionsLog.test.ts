import { describe, expect, it } from 'vitest';
import { correctionsLog } from '../../../src/lib/corrections/correctionsLog.ts';

describe('correctionsLog', () => {
  it('puts the newest first and same-day corrections in file-name order', () => {
    const entry = (id: string, date: string) => ({ id, data: { date } });
    const log = correctionsLog([entry('b', '2026-03-01'), entry('c', '2026-05-10'), entry('a', '2026-03-01')]);
    expect(log.map((item) => item.id)).toEqual(['c', 'a', 'b']);
  });
});
