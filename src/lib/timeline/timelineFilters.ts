// The timeline's filters, shared by the build and the browser: the filter state and its query string, and the
// data-* attributes through which <filterable-timeline> (client/filterableTimeline.ts) receives what it filters.
// The components write the attributes with the builders below (components/timeline/FilterableTimeline.astro,
// TimelineEventCard.astro); the client module reads them back with the readers, so both sides share one type.
import type { DataAttributes } from '../dataAttributes.ts';

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

/** The filters, in the order of the form and of the query string. */
export const FILTER_KEYS = ['category', 'district', 'year'] as const;

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

/** An order as a form or a query string gives it: anything but "newest" is the default, oldest first. */
export function readTimelineOrder(value: string | null | undefined): TimelineOrder {
  return value === 'newest' ? 'newest' : 'oldest';
}

/** Filters and order read from a query string such as `?category=mine-map&district=aghdam&year=2021&order=newest`. */
export function readTimelineState(search: string): { filters: TimelineFilters; order: TimelineOrder } {
  const params = new URLSearchParams(search);
  const filters: TimelineFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return { filters, order: readTimelineOrder(params.get('order')) };
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

/** What <filterable-timeline> reads on each event of the list: the values its filters compare. */
export interface TimelineEventAttributes {
  'data-category': string;
  /** District ids separated by spaces; empty when the event names none. */
  'data-districts': string;
  /** The event's date as written (YYYY, YYYY-MM or YYYY-MM-DD): the year filter and the order read it. */
  'data-date': string;
}

/** The attributes of an event's list item. */
export function timelineEventAttributes(event: TimelineItem): TimelineEventAttributes {
  return { 'data-category': event.data.category, 'data-districts': event.data.districts.join(' '), 'data-date': event.data.date };
}

/** An event as the browser reads it back from its list item's attributes: enough to match the filters and to order it. */
export function readTimelineEvent(id: string, dataset: DataAttributes): TimelineItem {
  const districts = dataset.districts ?? '';
  return { id, data: { date: dataset.date ?? '', category: dataset.category ?? '', districts: districts ? districts.split(' ') : [] } };
}

/** What <filterable-timeline> reads on itself: the status sentence ("Showing {shown} of {total} events") and the total. */
export interface TimelineHostAttributes {
  'data-template': string;
  'data-total': number;
}

/** The attributes of the <filterable-timeline> element. */
export function timelineHostAttributes(template: string, total: number): TimelineHostAttributes {
  return { 'data-template': template, 'data-total': total };
}

/** The status template and the total as the browser reads them back. */
export function readTimelineHost(dataset: DataAttributes): { template: string; total: number } {
  return { template: dataset.template ?? '', total: Number(dataset.total ?? 0) };
}
