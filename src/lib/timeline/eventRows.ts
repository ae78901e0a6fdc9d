import type { DatasetRow } from '../../schemas/dataset.ts';
import type { TimelineEvent } from '../../schemas/event.ts';
import type { Source } from '../../schemas/source.ts';
import { sortEvents } from './eventOrder.ts';

/**
 * The rows of the `events` dataset, one per event, oldest first: lists stay lists, figures become
 * `key=value` (qualifier in brackets when not exact), the main source is the row's source and the other
 * sources' addresses are listed.
 */
export function eventRows(events: ReadonlyArray<{ id: string; data: TimelineEvent }>, sources: ReadonlyMap<string, { data: Source }>): DatasetRow[] {
  return sortEvents(events, 'oldest').map(({ id, data }) => ({
    event_id: id,
    date: data.date,
    date_precision: data.datePrecision,
    category: data.category,
    title_en: data.title.en,
    title_az: data.title.az,
    summary_en: data.summary.en,
    summary_az: data.summary.az,
    districts: data.districts,
    figures: data.figures.length ? data.figures.map((f) => `${f.key}=${f.value}${f.qualifier === 'exact' ? '' : ` (${f.qualifier})`}`).join('; ') : null,
    flags: data.flags,
    other_source_urls: data.sources.slice(1).map((sourceId) => sources.get(sourceId)?.data.url ?? sourceId),
    source: data.sources[0]!,
  }));
}
