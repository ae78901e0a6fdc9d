import { describe, expect, it } from 'vitest';
import {
  matchesFilters,
  readTimelineEvent,
  readTimelineHost,
  readTimelineOrder,
  readTimelineState,
  timelineEventAttributes,
  timelineHostAttributes,
  writeTimelineState,
  yearOf,
} from '../../../src/lib/timeline/timelineFilters.ts';
import { events } from './sampleEvents.ts';

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
  it('reads any order other than "newest" as oldest first', () => {
    expect(readTimelineOrder('newest')).toBe('newest');
    expect(readTimelineOrder('sideways')).toBe('oldest');
    expect(readTimelineOrder(null)).toBe('oldest');
  });
});

describe('what the browser receives', () => {
  it("writes an event card's attributes and reads back what the filters need", () => {
    const attributes = timelineEventAttributes(events[3]!);
    expect(attributes).toEqual({ 'data-category': 'agreement', 'data-districts': 'aghdam kalbajar lachin', 'data-date': '2020-11-10' });
    // The browser's element.dataset: the same names without "data-".
    const dataset = { category: 'agreement', districts: 'aghdam kalbajar lachin', date: '2020-11-10' };
    const read = readTimelineEvent('ceasefire', dataset);
    expect(read).toEqual({ id: 'ceasefire', data: { date: '2020-11-10', category: 'agreement', districts: ['aghdam', 'kalbajar', 'lachin'] } });
    expect(matchesFilters(read, { district: 'kalbajar', year: '2020' })).toBe(true);
  });
  it('reads an event that names no district as having none', () => {
    expect(timelineEventAttributes(events[1]!)['data-districts']).toBe('');
    expect(readTimelineEvent('law', { category: 'policy', districts: '', date: '2025-02' }).data.districts).toEqual([]);
  });
  it("writes and reads the timeline's status template and total", () => {
    expect(timelineHostAttributes('Showing {shown} of {total}', 42)).toEqual({ 'data-template': 'Showing {shown} of {total}', 'data-total': 42 });
    expect(readTimelineHost({ template: 'Showing {shown} of {total}', total: '42' })).toEqual({ template: 'Showing {shown} of {total}', total: 42 });
    expect(readTimelineHost({})).toEqual({ template: '', total: 0 });
  });
});
