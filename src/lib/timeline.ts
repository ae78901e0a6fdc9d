import { dateSortKey, sortEvents } from './events.ts';

/** What the timeline needs of an event. */
export interface TimelineItem {
  id: string;
  data: { date: string; category: string; districts: string[] };
}

/** The reader's choice of events: any filter left undefined matches everything. */
export interface TimelineFilters {
  category?: string;
  district?: string;
  year?: string;
}

/** Display order of the timeline. */
export type TimelineOrder = 'oldest' | 'newest';

/** The year of a partial date: "2021-06" → "2021". */
export function yearOf(date: string): string {
  return date.slice(0, 4);
}

/** True when an event passes every filter that is set. */
export function matchesFilters(event: TimelineItem, filters: TimelineFilters): boolean {
  return (
    (!filters.category || event.data.category === filters.category) &&
    (!filters.district || event.data.districts.includes(filters.district)) &&
    (!filters.year || yearOf(event.data.date) === filters.year)
  );
}

/** Events in date order (ties by id), grouped by year; groups and events follow `order`. */
export function groupByYear<T extends TimelineItem>(events: readonly T[], order: TimelineOrder): Array<{ year: string; events: T[] }> {
  const sorted = sortEvents(events, order);
  const groups: Array<{ year: string; events: T[] }> = [];
  for (const event of sorted) {
    const year = yearOf(event.data.date);
    const last = groups.at(-1);
    if (last?.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}

const FILTER_KEYS = ['category', 'district', 'year'] as const;

/** Filters and order read from a query string such as `?category=mine-map&district=aghdam&year=2021&order=newest`. */
export function readTimelineState(search: string): { filters: TimelineFilters; order: TimelineOrder } {
  const params = new URLSearchParams(search);
  const filters: TimelineFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return { filters, order: params.get('order') === 'newest' ? 'newest' : 'oldest' };
}

/** The query string for a state; empty for the default view, so the plain URL stays canonical. */
export function writeTimelineState(filters: TimelineFilters, order: TimelineOrder): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (order === 'newest') params.set('order', 'newest');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** How many events each value of `key` has, most first, ties alphabetical: used for the filter lists. */
export function countEventsBy<T extends TimelineItem>(events: readonly T[], key: 'category' | 'district'): Array<{ id: string; count: number }> {
  const counts = new Map<string, number>();
  for (const event of events) {
    const values = key === 'category' ? [event.data.category] : event.data.districts;
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
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
