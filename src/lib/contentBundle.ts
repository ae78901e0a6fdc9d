import type { ChartDefinition } from '../schemas/chart.ts';
import type { Correction } from '../schemas/correction.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { Dataset, DatasetRow } from '../schemas/dataset.ts';
import { eventRows } from './eventRows.ts';
import type { TimelineEvent } from '../schemas/event.ts';
import type { NewsFrontmatter } from '../schemas/news.ts';
import type { Place } from '../schemas/place.ts';
import type { Source } from '../schemas/source.ts';

/** One validated content entry and the file it came from. */
export interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

/** Everything in content/, parsed and schema-checked. */
export interface ContentBundle {
  sources: Entry<Source>[];
  places: Entry<Place>[];
  events: Entry<TimelineEvent>[];
  datasets: Entry<Dataset>[];
  /** Articles with their MDX text and the file line the text starts on (after the front matter). */
  news: Array<Entry<NewsFrontmatter> & { body: string; bodyLine: number }>;
  charts: Entry<ChartDefinition>[];
  glossary: Entry<GlossaryTerm>[];
  corrections: Entry<Correction>[];
}

/** Pseudo-district used by the research for districts a source does not name. */
export const UNNAMED_DISTRICTS = 'other';

/** Ids of district-level units: places with no parent district. */
export function districtIds(places: ReadonlyArray<{ id: string; data: Pick<Place, 'district'> }>): Set<string> {
  return new Set(places.filter((place) => place.data.district === null).map((place) => place.id));
}

/** A dataset's rows: written in its file, or made from the collection named in `generatedFrom`. */
export function rowsOf(
  dataset: Dataset,
  content: { events: ReadonlyArray<{ id: string; data: TimelineEvent }>; sources: ReadonlyArray<{ id: string; data: Source }> },
): DatasetRow[] {
  if (dataset.rows) return dataset.rows;
  return eventRows(content.events, new Map(content.sources.map((source) => [source.id, source])));
}
