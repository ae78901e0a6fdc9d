import { describe, expect, it } from 'vitest';
import { dateSortKey, latestEvents, newestFirst } from '../../../src/lib/timeline/eventOrder.ts';

const event = (id: string, date: string) => ({ id, data: { date } });

describe('event ordering', () => {
  it('sorts a month or a year before the days it contains', () => {
    expect(dateSortKey('2021')).toBe('2021-00-00');
    expect(dateSortKey('2021-12')).toBe('2021-12-00');
    expect(dateSortKey('2021-12-04')).toBe('2021-12-04');
  });
  it('puts the newest first and breaks ties by id', () => {
    const events = [event('b', '2021-12-04'), event('a', '2021-12'), event('c', '2022'), event('d', '2021-12-04'), event('e', '2020-11-10')];
    expect(newestFirst(events).map((e) => e.id)).toEqual(['c', 'b', 'd', 'a', 'e']);
  });
  it('keeps only the latest n', () => {
    const events = [event('x', '2020-11-10'), event('y', '2025-02-03'), event('z', '2026-02-27')];
    expect(latestEvents(events, 2).map((e) => e.id)).toEqual(['z', 'y']);
  });
});
