// What the content and the built site say, for browser tests whose expectations follow the content instead of pinning
// today's figures: an editor who adds an event, a dataset row or an article (content/README.md) keeps `npm test` green.
// Dataset rows are read from the published files in dist/data/ (never from content/datasets/, whose file layout may
// change); events, places, sources, charts, articles and pages from their one-file-per-entry folders in content/.
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { periodRange } from '../../src/lib/charts/chartModel.ts';
import { formatQualified } from '../../src/lib/format.ts';
import { splitFrontMatter } from '../../src/lib/frontMatter.ts';
import { filterRows } from '../../src/lib/rowFilters.ts';
import type { DatasetRow } from '../../src/schemas/dataset.ts';
import type { RowFilter } from '../../src/schemas/rowFilter.ts';
import type { SiteLanguage } from '../../src/schemas/common.ts';
import type { EventFigure } from '../../src/schemas/event.ts';

const ROOT = new URL('../../', import.meta.url);
const CONTENT = new URL('content/', ROOT);
const DIST = new URL('dist/', ROOT);

const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'));
/** Entry ids of a content folder with one `<id>.json` per entry, sorted. */
const jsonIds = (folder: string) =>
  readdirSync(new URL(`${folder}/`, CONTENT))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
    .sort();

type Bilingual = Record<SiteLanguage, string>;

/** One timeline event, as written in content/events/<id>.json. */
export interface ContentEvent {
  id: string;
  date: string;
  datePrecision: 'day' | 'month' | 'year';
  category: string;
  title: Bilingual;
  summary: Bilingual;
  districts: string[];
  figures: EventFigure[];
  sources: string[];
  flags: string[];
}

/** Every event in content/events/, sorted by id. */
export const events: ContentEvent[] = jsonIds('events').map((id) => ({ id, ...(readJson(new URL(`events/${id}.json`, CONTENT)) as Omit<ContentEvent, 'id'>) }));

/** An event in the `{ id, data }` shape the site's ordering and filtering helpers (src/lib/timeline/) take. */
export const asEntry = (event: ContentEvent) => ({ id: event.id, data: event });

/** The ids of entries, in their order: for comparing a page's list with what a helper of the site returns. */
export const idsOf = (entries: ReadonlyArray<{ id: string }>) => entries.map((entry) => entry.id);

/** A district (a place with no parent district) from content/places/. */
export interface District {
  id: string;
  name: Bilingual;
}

/** Every district in content/places/, sorted by id. */
export const districts: District[] = jsonIds('places')
  .map((id) => ({ id, ...(readJson(new URL(`places/${id}.json`, CONTENT)) as { name: Bilingual; district: string | null }) }))
  .filter((place) => place.district === null)
  .map(({ id, name }) => ({ id, name }));

/** The notes places carry for readers of the map (`mapNote` in content/places/), by place id. */
export const mapNotes: Array<{ id: string; note: Bilingual }> = jsonIds('places').flatMap((id) => {
  const { mapNote } = readJson(new URL(`places/${id}.json`, CONTENT)) as { mapNote?: Bilingual };
  return mapNote ? [{ id, note: mapNote }] : [];
});

/** A page editors write, from content/pages/<lang>/<id>.mdx: its front matter, lead paragraph and headings with ids. */
export interface SitePageText {
  title: string;
  description: string;
  /** The text of its `<p class="lead">`, whitespace collapsed, Markdown escapes (\") removed; '' when it has none. */
  lead: string;
  headings: Array<{ id: string; text: string }>;
}

/** Text with curly quotes made straight: MDX shows typed quotes curly, so tests compare both as typed. */
export function straightQuotes(text: string): string {
  return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
}

/** One page as its content file writes it. */
export function sitePage(id: string, lang: SiteLanguage): SitePageText {
  const text = readFileSync(new URL(`pages/${lang}/${id}.mdx`, CONTENT), 'utf8');
  const { yaml: frontMatter, body } = splitFrontMatter(text) ?? { yaml: '', body: '' };
  const data = parseYaml(frontMatter) as { title: string; description: string };
  const plain = (markdown: string) => markdown.replace(/\\(.)/g, '$1').replace(/\s+/g, ' ').trim();
  return {
    title: data.title,
    description: data.description,
    lead: plain(/<p class="lead">([\s\S]*?)<\/p>/.exec(body)?.[1] ?? ''),
    headings: [...body.matchAll(/<h2 id="([^"]+)">([\s\S]*?)<\/h2>/g)].map((match) => ({ id: match[1]!, text: plain(match[2]!) })),
  };
}

/** A source from content/sources/. */
export interface Source {
  publisher: string;
  title: string;
  url: string;
  published: string | null;
}

/** Ids of every source in content/sources/. */
export const sourceIds: string[] = jsonIds('sources');

/** One source by id. */
export const source = (id: string) => readJson(new URL(`sources/${id}.json`, CONTENT)) as Source;

/** Ids of the charts in content/charts/. */
export const chartIds: string[] = jsonIds('charts');

/**
 * Ids of the datasets. Only the names in content/datasets/ are read, not the files: whatever files a dataset is kept
 * in (`<id>.json`, `<id>.csv`, a folder `<id>/`), they all start with its id, and ids contain no dots.
 */
export const datasetIds: string[] = [
  ...new Set(
    readdirSync(new URL('datasets/', CONTENT), { withFileTypes: true })
      // Files only: releases/ holds the frozen versions, not a dataset.
      .filter((entry) => entry.isFile())
      .map(({ name }) => name.split('.')[0]!)
      .filter((name) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)),
  ),
].sort();

/** A published row: column → value, `null` where the source did not report it. */
export type PublishedRow = Record<string, string | number | string[] | null>;

/** A dataset as published in dist/data/<id>.json: its metadata, columns and every row. */
export interface PublishedDataset<Row = PublishedRow> {
  id: string;
  title: Bilingual;
  version: string;
  lastUpdated: string;
  lastChecked?: string;
  updateFrequency: 'weekly' | 'monthly' | 'quarterly' | 'annually' | 'irregular';
  fields: Array<{ name: string; type: string }>;
  columns: string[];
  rows: Row[];
}

/** The published dataset `id` (dist/data/<id>.json), read when asked for so a missing build fails in the test. */
export function publishedDataset<Row = PublishedRow>(id: string): PublishedDataset<Row> {
  return readJson(new URL(`data/${id}.json`, DIST)) as PublishedDataset<Row>;
}

/** The ways the site may write `value` in `lang`, with each qualifier ("249,000", "about 249,000", "more than 249,000"). */
export const qualifiedRenderings = (value: number, lang: SiteLanguage) =>
  (['exact', 'about', 'more-than'] as const).map((qualifier) => formatQualified(value, qualifier, lang));

/** One published article, from content/news/<lang>/<slug>.mdx: its front matter and its text. */
export interface Article {
  slug: string;
  lang: SiteLanguage;
  title: string;
  date: string;
  districts: string[];
  tags: string[];
  sources: string[];
  body: string;
}

/** The articles published in `lang` (drafts left out), sorted by slug. */
export function publishedArticles(lang: SiteLanguage): Article[] {
  const folder = new URL(`news/${lang}/`, CONTENT);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = readFileSync(new URL(file, folder), 'utf8');
      const { yaml: frontMatter, body } = splitFrontMatter(text) ?? { yaml: '', body: '' };
      const data = (parseYaml(frontMatter) ?? {}) as Partial<Omit<Article, 'date'>> & { draft?: boolean; date?: string | Date };
      return {
        draft: data.draft === true,
        article: {
          slug: file.replace(/\.mdx$/, ''),
          lang,
          title: String(data.title ?? ''),
          date: data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date ?? ''),
          districts: data.districts ?? [],
          tags: data.tags ?? [],
          sources: data.sources ?? [],
          body,
        },
      };
    })
    .filter(({ draft }) => !draft)
    .map(({ article }) => article);
}

/** A chart definition from content/charts/<id>.json: the parts that decide which rows it shows. */
export interface ChartDefinition {
  dataset: string;
  x: { field: string; unit: 'year' | 'month' | 'day' | 'value'; from?: string; to?: string };
  filters?: RowFilter[];
  series: Array<{ field: string; filters?: RowFilter[] }>;
}

/** One chart definition by id. */
export const chartDefinition = (id: string) => readJson(new URL(`charts/${id}.json`, CONTENT)) as ChartDefinition;

/**
 * The periods a year or month chart shows, in order, with the first series' value in each (null for a gap): every
 * period from the earlier of `x.from` and the first row to the later of `x.to` and the last row, from the chart's own
 * filters applied to its dataset's published rows.
 */
export function chartPeriods(id: string): Array<{ period: string; value: number | null }> {
  const chart = chartDefinition(id);
  const { unit, field } = chart.x;
  if (unit !== 'year' && unit !== 'month') throw new Error(`chart ${id} has no year or month axis`);
  const keep = (rows: PublishedRow[], filters: RowFilter[] = []) => filterRows(rows as DatasetRow[], filters) as PublishedRow[];
  const rows = keep(publishedDataset(chart.dataset).rows, chart.filters);
  const seriesRows = chart.series.map((series) => keep(rows, series.filters));
  const periodOf = (row: PublishedRow) => String(row[field] ?? '').slice(0, unit === 'year' ? 4 : 7);
  const keys = [...seriesRows.flat().map(periodOf), ...(chart.x.from ? [chart.x.from] : []), ...(chart.x.to ? [chart.x.to] : [])].sort();
  if (!keys.length) return [];
  return periodRange(keys[0]!, keys.at(-1)!, unit).map((period) => {
    const value = seriesRows[0]!.find((row) => periodOf(row) === period)?.[chart.series[0]!.field];
    return { period, value: typeof value === 'number' ? value : null };
  });
}
