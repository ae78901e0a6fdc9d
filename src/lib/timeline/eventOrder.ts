/** The fields of an event that ordering needs. */
export interface Dated {
  id: string;
  data: { date: string };
}

/** A sortable key for a partial date: a month- or year-precision date sorts before the days it contains. */
export function dateSortKey(date: string): string {
  if (date.length === 4) return `${date}-00-00`;
  if (date.length === 7) return `${date}-00`;
  return date;
}

/** Events in date order, oldest first or newest first; events on the same date by id, so the order never depends on file order. */
export function sortEvents<T extends Dated>(events: readonly T[], order: 'oldest' | 'newest'): T[] {
  const direction = order === 'oldest' ? 1 : -1;
  return [...events].sort((a, b) => direction * dateSortKey(a.data.date).localeCompare(dateSortKey(b.data.date)) || a.id.localeCompare(b.id));
}

/** Events newest first. */
export function newestFirst<T extends Dated>(events: readonly T[]): T[] {
  return sortEvents(events, 'newest');
}

/** The `count` most recent events. */
export function latestEvents<T extends Dated>(events: readonly T[], count: number): T[] {
  return newestFirst(events).slice(0, count);
}
