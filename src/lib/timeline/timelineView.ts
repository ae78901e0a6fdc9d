// What the timeline pages render, built from the events: years with their events, the filter and browse lists with
// their counts, and the events related to one event. src/data/timeline.ts calls these once per build; the components
// in components/timeline/ render the result.
import { dateSortKey, latestEvents, sortEvents } from './eventOrder.ts';
import { matchesFilters, yearOf, type TimelineFilters, type TimelineItem, type TimelineOrder } from './timelineFilters.ts';

/** One year of the timeline and its events, in display order. */
export interface YearGroup<T> {
  year: string;
  events: T[];
}

/** A filter or browse choice with how many events it has. */
export interface Counted<Id extends string = string> {
  id: Id;
  count: number;
}

/** Everything the full timeline page renders: the filters, the browse links and the years (components/timeline/). */
export interface TimelineView<T extends TimelineItem> {
  /** Years, oldest first, each with its events oldest first. */
  groups: Array<YearGroup<T>>;
  /** The years offered by the year filter, oldest first. */
  years: string[];
  total: number;
  /** Categories with at least one event, most events first. */
  categories: Array<Counted<T['data']['category']>>;
  /** Districts with at least one event, with their names, most events first. */
  districts: Array<Counted & { name: string }>;
}

/** A timeline of some events only (a category's or a district's page). */
export interface TimelineSubset<T> {
  groups: Array<YearGroup<T>>;
  count: number;
}

/** Events in date order (ties by id), grouped by year; groups and events follow `order`. */
export function groupByYear<T extends TimelineItem>(events: readonly T[], order: TimelineOrder): Array<YearGroup<T>> {
  const sorted = sortEvents(events, order);
  const groups: Array<YearGroup<T>> = [];
  for (const event of sorted) {
    const year = yearOf(event.data.date);
    const last = groups.at(-1);
    if (last?.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}

/** How many times each value occurs, most first, ties alphabetical. */
function countValues<Id extends string>(values: Iterable<Id>): Array<Counted<Id>> {
  const counts = new Map<Id, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

/** How many events each category has, most first, ties alphabetical: the category filter and browse list. */
export function countByCategory<Category extends string>(events: ReadonlyArray<{ data: { category: Category } }>): Array<Counted<Category>> {
  return countValues(events.map((event) => event.data.category));
}

/** How many events name each district, most first, ties alphabetical: the district filter and browse list. */
export function countByDistrict(events: ReadonlyArray<{ data: { districts: string[] } }>): Counted[] {
  return countValues(events.flatMap((event) => event.data.districts));
}

/** The full timeline: every event by year, and the categories and districts (named by `districtName`) to filter by. */
export function buildTimelineView<T extends TimelineItem>(events: readonly T[], districtName: (id: string) => string): TimelineView<T> {
  const groups = groupByYear(events, 'oldest');
  return {
    groups,
    years: groups.map((group) => group.year),
    total: events.length,
    categories: countByCategory<T['data']['category']>(events),
    districts: countByDistrict(events).map(({ id, count }) => ({ id, count, name: districtName(id) })),
  };
}

/** The events that pass `filters`, by year, oldest first, and how many they are. */
export function buildTimelineSubset<T extends TimelineItem>(events: readonly T[], filters: TimelineFilters): TimelineSubset<T> {
  const matching = events.filter((event) => matchesFilters(event, filters));
  return { groups: groupByYear(matching, 'oldest'), count: matching.length };
}

/** The `count` most recent events (newest first) of those that pass `filters`, and how many pass in all. */
export function buildLatestEvents<T extends TimelineItem>(events: readonly T[], count: number, filters: TimelineFilters = {}): { events: T[]; total: number } {
  const matching = events.filter((event) => matchesFilters(event, filters));
  return { events: latestEvents(matching, count), total: matching.length };
}

/**
 * Up to `limit` events related to `event`: sharing a district counts twice, sharing the category once; among equals the
 * nearest in time comes first. Events sharing nothing are never listed.
 */
export function relatedEvents<T extends TimelineItem>(event: T, events: readonly T[], limit = 4): T[] {
  const day = (date: string) => Date.parse(dateSortKey(date).replace(/-00/g, '-01'));
  const scored = events
    .filter((other) => other.id !== event.id)
    .map((other) => ({
      other,
      score:
        2 * other.data.districts.filter((district) => event.data.districts.includes(district)).length + (other.data.category === event.data.category ? 1 : 0),
      distance: Math.abs(day(other.data.date) - day(event.data.date)),
    }))
    .filter(({ score }) => score > 0);
  scored.sort((a, b) => b.score - a.score || a.distance - b.distance || a.other.id.localeCompare(b.other.id));
  return scored.slice(0, limit).map(({ other }) => other);
}
