import { describe, expect, it } from 'vitest';
import { countEventsBy, groupByYear, matchesFilters, readTimelineState, relatedEvents, writeTimelineState, yearOf } from '../../src/lib/timeline.ts';

const event = (id: string, date: string, category = 'funding', districts: string[] = []) => ({ id, data: { date, category, districts } });

const events = [
  event('maps-aghdam', '2021-06-12', 'mine-map', ['aghdam']),
  event('law', '2025-02-03', 'policy'),
  event('maps-month', '2020-12', 'mine-map'),
  event('ceasefire', '2020-11-10', 'agreement', ['aghdam', 'kalbajar', 'lachin']),
  event('maps-fuzuli', '2021-07-03', 'mine-map', ['fuzuli', 'zangilan']),
  event('monitor', '2005', 'international'),
];

describe('groupByYear', () => {
  it('groups oldest first, with a month-precision date before later days of the year', () => {
    expect(groupByYear(events, 'oldest').map((group) => [group.year, group.events.map((e) => e.id)])).toEqual([
      ['2005', ['monitor']],
      ['2020', ['ceasefire', 'maps-month']],
      ['2021', ['maps-aghdam', 'maps-fuzuli']],
      ['2025', ['law']],
    ]);
  });
  it('groups newest first', () => {
    expect(groupByYear(events, 'newest').map((group) => [group.year, group.events.map((e) => e.id)])).toEqual([
      ['2025', ['law']],
      ['2021', ['maps-fuzuli', 'maps-aghdam']],
      ['2020', ['maps-month', 'ceasefire']],
      ['2005', ['monitor']],
    ]);
  });
  it('gives no groups for no events', () => {
    expect(groupByYear([], 'oldest')).toEqual([]);
  });
});

describe('filters', () => {
  it('matches on category, district and year together', () => {
    const pick = (filters: Parameters<typeof matchesFilters>[1]) => events.filter((e) => matchesFilters(e, filters)).map((e) => e.id);
    expect(pick({})).toHaveLength(6);
    expect(pick({ category: 'mine-map' })).toEqual(['maps-aghdam', 'maps-month', 'maps-fuzuli']);
    expect(pick({ district: 'aghdam' })).toEqual(['maps-aghdam', 'ceasefire']);
    expect(pick({ category: 'mine-map', district: 'aghdam', year: '2021' })).toEqual(['maps-aghdam']);
    expect(pick({ year: '2020' })).toEqual(['maps-month', 'ceasefire']);
    expect(pick({ category: 'incident' })).toEqual([]);
  });
  it('reads the year of any precision', () => {
    expect(yearOf('2005')).toBe('2005');
    expect(yearOf('2020-12')).toBe('2020');
  });
});

describe('URL state', () => {
  it('reads and writes the shareable query string', () => {
    expect(readTimelineState('?category=mine-map&district=aghdam&year=2021')).toEqual({
      filters: { category: 'mine-map', district: 'aghdam', year: '2021' },
      order: 'oldest',
    });
    expect(readTimelineState('?order=newest&category=')).toEqual({ filters: {}, order: 'newest' });
    expect(writeTimelineState({ category: 'mine-map', district: 'aghdam', year: '2021' }, 'oldest')).toBe('?category=mine-map&district=aghdam&year=2021');
    expect(writeTimelineState({}, 'oldest')).toBe('');
    expect(writeTimelineState({ year: '2022' }, 'newest')).toBe('?year=2022&order=newest');
  });
});

describe('countEventsBy', () => {
  it('counts categories and districts, most first', () => {
    expect(countEventsBy(events, 'category')).toEqual([
      { id: 'mine-map', count: 3 },
      { id: 'agreement', count: 1 },
      { id: 'international', count: 1 },
      { id: 'policy', count: 1 },
    ]);
    expect(countEventsBy(events, 'district')).toEqual([
      { id: 'aghdam', count: 2 },
      { id: 'fuzuli', count: 1 },
      { id: 'kalbajar', count: 1 },
      { id: 'lachin', count: 1 },
      { id: 'zangilan', count: 1 },
    ]);
  });
});

describe('relatedEvents', () => {
  it('prefers shared districts, then the category, then the nearest date', () => {
    const [aghdamMaps] = events;
    // ceasefire shares aghdam (2); maps-month and maps-fuzuli share the category (1), maps-fuzuli is nearer in time.
    expect(relatedEvents(aghdamMaps!, events).map((e) => e.id)).toEqual(['ceasefire', 'maps-fuzuli', 'maps-month']);
  });
  it('lists nothing that shares neither district nor category', () => {
    expect(relatedEvents(events[1]!, events)).toEqual([]);
  });
  it('keeps to the limit', () => {
    expect(relatedEvents(events[0]!, events, 1).map((e) => e.id)).toEqual(['ceasefire']);
  });
});
