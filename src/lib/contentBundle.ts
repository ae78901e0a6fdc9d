import type { ChartDefinition } from '../schemas/chart.ts';
import type { Correction } from '../schemas/correction.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { Tag } from '../schemas/tag.ts';
import type { Dataset } from '../schemas/dataset.ts';
import type { TimelineEvent } from '../schemas/event.ts';
import type { NewsFrontmatter } from '../schemas/news.ts';
import type { SitePage } from '../schemas/page.ts';
import type { Place } from '../schemas/place.ts';
import type { Source } from '../schemas/source.ts';
import type { RowPlace } from './datasets/datasetRows.ts';

/** One validated content entry and the file it came from. */
export interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

/** A dataset with its rows, and where a reader finds each row when a message names it. */
export interface DatasetEntry extends Entry<Dataset> {
  /** How the dataset got its rows: written in its CSV file, made from the events, or selected from another dataset. */
  rowsFrom: 'csv' | 'events' | 'selection';
  /** The file and entry a message about the row at `index` names. */
  rowPlace: (index: number) => RowPlace;
}

/** Everything in content/, parsed and schema-checked. */
export interface ContentBundle {
  sources: Entry<Source>[];
  places: Entry<Place>[];
  events: Entry<TimelineEvent>[];
  datasets: DatasetEntry[];
  /** Articles with their MDX text and the file line the text starts on (after the front matter). */
  news: Array<Entry<NewsFrontmatter> & { body: string; bodyLine: number }>;
  charts: Entry<ChartDefinition>[];
  /** Pages of the site written by the editors (`<lang>/<id>`), with their MDX text like the articles. */
  pages: Array<Entry<SitePage> & { body: string; bodyLine: number }>;
  glossary: Entry<GlossaryTerm>[];
  corrections: Entry<Correction>[];
  /** Topic tags with their names in both languages. */
  tags: Entry<Tag>[];
}

/** Ids of entries that exist but failed their own checks: others may refer to them without a second message. */
export type FailedIds = Record<keyof ContentBundle, Set<string>>;

/** Pseudo-district used by the research for districts a source does not name. */
export const UNNAMED_DISTRICTS = 'other';

/** Ids of district-level units: places with no parent district. */
export function districtIds(places: ReadonlyArray<{ id: string; data: Pick<Place, 'district'> }>): Set<string> {
  return new Set(places.filter((place) => place.data.district === null).map((place) => place.id));
}
