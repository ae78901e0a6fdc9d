import type { Source } from '../schemas/source.ts';
import type { TimelineEvent } from '../schemas/event.ts';
import type { CsvValue } from './csv.ts';

/** Columns of the downloadable events table, in order. */
export const EVENT_COLUMNS = [
  'event_id', 'date', 'date_precision', 'category', 'title_en', 'title_az', 'summary_en', 'summary_az',
  'districts', 'figures', 'flags', 'source_url', 'source_publisher', 'source_date', 'other_source_urls',
] as const;

/**
 * One flat row per event for CSV: lists joined with ";", figures as `key=value` (qualifier in brackets when not exact),
 * and the main source's address, publisher and date spelled out so the file stands on its own.
 */
export function eventsTable(
  events: ReadonlyArray<{ id: string; data: TimelineEvent }>,
  sources: ReadonlyMap<string, { data: Source }>,
): Array<Record<(typeof EVENT_COLUMNS)[number], CsvValue>> {
  return events.map(({ id, data }) => {
    const [main, ...others] = data.sources.map((sourceId) => {
      const source = sources.get(sourceId);
      if (!source) throw new Error(`Event ${id} cites unknown source ${sourceId}`);
      return source.data;
    });
    return {
      event_id: id,
      date: data.date,
      date_precision: data.datePrecision,
      category: data.category,
      title_en: data.title.en,
      title_az: data.title.az,
      summary_en: data.summary.en,
      summary_az: data.summary.az,
      districts: data.districts.join(';'),
      figures: data.figures.map((f) => `${f.key}=${f.value}${f.qualifier === 'exact' ? '' : ` (${f.qualifier})`}`).join(';'),
      flags: data.flags.join(';'),
      source_url: main!.url,
      source_publisher: main!.publisher,
      source_date: main!.published,
      other_source_urls: others.map((source) => source.url).join(';'),
    };
  });
}
