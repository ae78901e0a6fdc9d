// The home page's three headline figures, each as the reader sees it with the source's own wording and where it comes
// from. The rows are picked by the rules in clearance.ts and casualties.ts; src/data/home.ts reads the datasets and
// the home page renders the result with components/home/HeadlineFigure.astro.
import type { SiteLanguage } from '../../schemas/common.ts';
import type { DatasetField } from '../../schemas/dataset.ts';
import { formatRowFigure } from '../qualifier.ts';
import { latestCasualtyTotal, type CasualtyReport } from './casualties.ts';
import { latestAreaCleared, latestItemsFound, type ClearanceReport } from './clearance.ts';

/** Where a headline figure comes from. */
export interface FigureOrigin {
  /** Date the figure runs to. */
  asOf: string;
  /** Who gave the figure. */
  reportedBy: string;
  /** Id of the source it was read from. */
  source: string;
}

/** A formatted number ("about 249,000"), or null where the source reported none. */
type Shown = string | null;

/** The home page's headline figures in one language. */
export interface HeadlineFigures {
  /** Hectares cleared since November 2020. */
  area: FigureOrigin & { value: Shown };
  /** Mines and unexploded ordnance found: the source's combined total where it gave one, else the three counts. */
  items: FigureOrigin & ({ combined: string; split: null } | { combined: null; split: { apMines: Shown; atMines: Shown; uxo: Shown } });
  /** People killed or injured since November 2020, with the split where the source gave both parts. */
  casualties: FigureOrigin & { total: Shown; split: { killed: Shown; injured: Shown } | null };
}

/** A dataset's fields and its rows, typed as the dataset's row. */
interface Table<Row> {
  fields: readonly Pick<DatasetField, 'name' | 'qualifiedBy'>[];
  rows: readonly Row[];
}

/** The headline figures from the clearance reports and the casualty reports; fails when a dataset has no headline row. */
export function buildHeadlineFigures(clearance: Table<ClearanceReport>, casualties: Table<CasualtyReport>, lang: SiteLanguage): HeadlineFigures {
  const area = latestAreaCleared(clearance.rows);
  const items = latestItemsFound(clearance.rows);
  const people = latestCasualtyTotal(casualties.rows);
  if (!area || !items || !people) throw new Error('Home page: the datasets have no headline rows (see src/lib/home/clearance.ts and casualties.ts)');
  // Each number with the source's own wording for that number.
  const cleared = (row: ClearanceReport, field: keyof ClearanceReport & string) => formatRowFigure(clearance.fields, row, field, lang);
  const casualty = (field: keyof CasualtyReport & string) => formatRowFigure(casualties.fields, people, field, lang);
  const combined = cleared(items, 'mines_and_uxo_combined');
  return {
    area: { asOf: area.period_end, reportedBy: area.reported_by, source: area.source, value: cleared(area, 'area_cleared_ha') },
    items: {
      asOf: items.period_end,
      reportedBy: items.reported_by,
      source: items.source,
      ...(combined !== null
        ? { combined, split: null }
        : { combined: null, split: { apMines: cleared(items, 'ap_mines'), atMines: cleared(items, 'at_mines'), uxo: cleared(items, 'uxo') } }),
    },
    casualties: {
      asOf: people.as_of_date!,
      reportedBy: people.reported_by,
      source: people.source,
      total: casualty('total'),
      split: people.killed !== null && people.injured !== null ? { killed: casualty('killed'), injured: casualty('injured') } : null,
    },
  };
}
