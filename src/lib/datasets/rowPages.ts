// Which pages a dataset row appears on (`npm run where:row`): the dataset's page and those of the datasets selected
// from it, the charts whose filters pick it and the articles that embed them, articles whose <Stat> binds it, its
// district's page, the map's year layer and the home page when the headline rules would pick it. Each rule is the one
// the pages use (rowFilters, home/, map/), applied to the dataset's rows with this row added or replaced.
import type { DatasetRow } from '../../schemas/dataset.ts';
import { UNNAMED_DISTRICTS, type ContentBundle } from '../contentBundle.ts';
import { componentTags } from '../crossReferences.ts';
import { latestCasualtyTotal, type CasualtyReport } from '../home/casualties.ts';
import { latestAreaCleared, latestItemsFound, type ClearanceReport } from '../home/clearance.ts';
import { districtFiguresFor, districtYears } from '../map/districtFigures.ts';
import { articleSlug } from '../news/articleLists.ts';
import { filterRows } from '../rowFilters.ts';

/** A page the row appears on: its language-neutral path (`/charts/x/`) and why. */
interface RowPage {
  path: string;
  why: string;
}

/** The datasets whose rows feed the home page's headline figures and the district pages and map (src/data/). */
const CLEARANCE = 'clearance-reports';
const CASUALTIES = 'casualties';

/** The pages `row` of dataset `datasetId` appears on, in the order a reader meets them; published articles only. */
export function pagesShowingRow(content: Pick<ContentBundle, 'datasets' | 'charts' | 'news'>, datasetId: string, row: DatasetRow): RowPage[] {
  const dataset = content.datasets.find((entry) => entry.id === datasetId);
  if (!dataset) return [];
  const { primaryKey, fields } = dataset.data;
  const key = row[primaryKey];
  const rows = [...dataset.data.rows.filter((candidate) => candidate[primaryKey] !== key), row];
  const pages: RowPage[] = [];
  const add = (path: string, why: string) => pages.push({ path, why });
  const picks = (filters: Parameters<typeof filterRows>[1]) => filterRows([row], filters).length === 1;

  if (datasetId === CLEARANCE) {
    const clearance = rows as unknown as ClearanceReport[];
    if (latestAreaCleared(clearance)?.report_id === key) add('/', 'home page: the headline area cleared');
    if (latestItemsFound(clearance)?.report_id === key) add('/', 'home page: the headline mines and UXO found');
  }
  if (datasetId === CASUALTIES && latestCasualtyTotal(rows as unknown as CasualtyReport[])?.report_id === key) add('/', 'home page: the headline casualties');

  const holding = content.datasets.filter(
    (entry) => entry.id === datasetId || (entry.data.selection?.from === datasetId && picks(entry.data.selection.filters)),
  );
  for (const entry of holding)
    add(`/data/${entry.id}/`, entry.id === datasetId ? 'its dataset page (table and downloads)' : `dataset ${entry.id}, selected from ${datasetId}`);
  const holdingIds = new Set(holding.map((entry) => entry.id));

  const published = content.news.filter((article) => !article.data.draft);
  for (const chart of content.charts) {
    if (!holdingIds.has(chart.data.dataset) || !picks(chart.data.filters)) continue;
    const drawn = chart.data.series.filter((series) => picks(series.filters) && typeof row[series.field] === 'number');
    if (!drawn.length) continue;
    const why = `chart "${chart.data.title.en}" draws its ${drawn.map((series) => series.field).join(', ')}`;
    add(`/charts/${chart.id}/`, why);
    add(`/embed/${chart.id}/`, `${why} (embed)`);
    for (const article of published)
      if (componentTags(article.body, 'Chart').some((use) => use.attributes.id === chart.id))
        add(`/news/${articleSlug(article)}/`, `article (${article.data.lang}) shows chart ${chart.id}`);
  }
  for (const article of published) {
    const stats = componentTags(article.body, 'Stat').filter((use) => holdingIds.has(use.attributes.dataset ?? '') && use.attributes.row === key);
    if (stats.length)
      add(
        `/news/${articleSlug(article)}/`,
        `article (${article.data.lang}) quotes its ${[...new Set(stats.map((use) => use.attributes.field))].join(', ')} with <Stat>`,
      );
  }

  // Figures for districts the source does not name (UNNAMED_DISTRICTS) have no page and no shape on the map.
  if (datasetId === CLEARANCE && typeof row.district === 'string' && row.district !== UNNAMED_DISTRICTS) {
    add(`/districts/${row.district}/`, `the page of district ${row.district} (its reports table)`);
    const year = String(row.period_start).slice(0, 4);
    if (districtYears(rows).includes(year)) {
      try {
        if (districtFiguresFor(fields, rows, year).get(row.district)?.reportId === key) add('/map/', `the map's ${year} layer, for ${row.district}`);
      } catch (error) {
        add('/map/', `not drawn: ${(error as Error).message}`);
      }
    }
  }
  return pages;
}
