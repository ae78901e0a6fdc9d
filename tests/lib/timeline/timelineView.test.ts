import { describe, expect, it } from 'vitest';
import {
  buildLatestEvents,
  buildTimelineSubset,
  buildTimelineView,
  countByCategory,
  countByDistrict,
  groupByYear,
  relatedEvents,
} from '../../../src/lib/timeline/timelineView.ts';
import { events } from './sampleEvents.ts';

const ids = (list: ReadonlyArray<{ id: string }>) => list.map((e) => e.id);

describe('groupByYear', () => {
  it('groups oldest first, with a month-precision date before later days of the year', () => {
    expect(groupByYear(events, 'oldest').map((group) => [group.year, ids(group.events)])).toEqual([
      ['2005', ['monitor']],
      ['2020', ['ceasefire', 'maps-month']],
      ['2021', ['maps-aghdam', 'maps-fuzuli']],
      ['2025', ['law']],
    ]);
  });
  it('groups newest first', () => {
    expect(groupByYear(events, 'newest').map((group) => [group.year, ids(group.events)])).toEqual([
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

describe('counts for the filters and browse lists', () => {
  it('counts categories and districts, most first, ties alphabetical', () => {
    expect(countByCategory(events)).toEqual([
      { id: 'mine-map', count: 3 },
      { id: 'agreement', count: 1 },
      { id: 'international', count: 1 },
      { id: 'policy', count: 1 },
    ]);
    expect(countByDistrict(events)).toEqual([
      { id: 'aghdam', count: 2 },
      { id: 'fuzuli', count: 1 },
      { id: 'kalbajar', count: 1 },
      { id: 'lachin', count: 1 },
      { id: 'zangilan', count: 1 },
    ]);
  });
});

describe('buildTimelineView', () => {
  it('gives the years, the total and the named districts the timeline page renders', () => {
    const view = buildTimelineView(events, (id) => id.toUpperCase());
    expect(view.years).toEqual(['2005', '2020', '2021', '2025']);
    expect(view.total).toBe(6);
    expect(view.groups.map((group) => group.events.length)).toEqual([1, 2, 2, 1]);
    expect(view.categories[0]).toEqual({ id: 'mine-map', count: 3 });
    expect(view.districts.slice(0, 2)).toEqual([
      { id: 'aghdam', count: 2, name: 'AGHDAM' },
      { id: 'fuzuli', count: 1, name: 'FUZULI' },
    ]);
  });
  it('is empty for no events', () => {
    expect(buildTimelineView([], (id) => id)).toEqual({ groups: [], years: [], total: 0, categories: [], districts: [] });
  });
});

describe('buildTimelineSubset', () => {
  it("keeps one category's or one district's events, by year, with their count", () => {
    const maps = buildTimelineSubset(events, { category: 'mine-map' });
    expect(maps.count).toBe(3);
    expect(maps.groups.map((group) => [group.year, ids(group.events)])).toEqual([
      ['2020', ['maps-month']],
      ['2021', ['maps-aghdam', 'maps-fuzuli']],
    ]);
    expect(buildTimelineSubset(events, { district: 'aghdam' }).groups.map((group) => ids(group.events))).toEqual([['ceasefire'], ['maps-aghdam']]);
    expect(buildTimelineSubset(events, { district: 'shusha' })).toEqual({ groups: [], count: 0 });
  });
});

describe('buildLatestEvents', () => {
  it('gives the newest events first and counts all that match', () => {
    expect(buildLatestEvents(events, 2)).toEqual({ events: [events[1], events[4]], total: 6 });
    const aghdam = buildLatestEvents(events, 1, { district: 'aghdam' });
    expect([ids(aghdam.events), aghdam.total]).toEqual([['maps-aghdam'], 2]);
  });
});

describe('relatedEvents', () => {
  it('prefers shared districts, then the category, then the nearest date', () => {
    const [aghdamMaps] = events;
    // ceasefire shares aghdam (2); maps-month and maps-fuzuli share the category (1), maps-fuzuli is nearer in time.
    expect(ids(relatedEvents(aghdamMaps!, events))).toEqual(['ceasefire', 'maps-fuzuli', 'maps-month']);
  });
  it('lists nothing that shares neither district nor category', () => {
    expect(relatedEvents(events[1]!, events)).toEqual([]);
  });
  it('keeps to the limit', () => {
    expect(ids(relatedEvents(events[0]!, events, 1))).toEqual(['ceasefire']);
  });
});
