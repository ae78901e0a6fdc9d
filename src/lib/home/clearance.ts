import type { Qualifier } from '../../schemas/common.ts';

/** One row of the `clearance-reports` dataset (and of the datasets selected from it). */
export interface ClearanceReport {
  report_id: string;
  period_start: string;
  period_end: string;
  granularity: 'cumulative' | 'year' | 'month' | 'week' | 'other';
  area_cleared_ha: number | null;
  ap_mines: number | null;
  at_mines: number | null;
  uxo: number | null;
  mines_and_uxo_combined: number | null;
  district: string | null;
  districts_listed: string[];
  scope: 'all-operators' | 'anama-only' | 'unspecified';
  reported_by: string;
  area_cleared_ha_qualifier: Qualifier | null;
  ap_mines_qualifier: Qualifier | null;
  at_mines_qualifier: Qualifier | null;
  uxo_qualifier: Qualifier | null;
  mines_and_uxo_combined_qualifier: Qualifier | null;
  flags: string[];
  notes: string;
  source: string;
}

/** The chairman's running totals start on 15 October 2021; earlier totals belong to the smaller ANAMA-only series. */
const PROGRESS_SERIES_START = '2021-10-15';

/** Orders reports by the last day they cover, then by key, so a later report of the same day comes last. */
function byPeriodEnd(a: ClearanceReport, b: ClearanceReport): number {
  return a.period_end.localeCompare(b.period_end) || a.report_id.localeCompare(b.report_id);
}

/**
 * The running totals of area cleared since 10 November 2020 that form one comparable series: country-wide
 * cumulative rows counted from the ceasefire, not ANAMA-only, from 15 October 2021 on (research: "Picking rows" 2).
 */
export function selectProgressTotals(rows: readonly ClearanceReport[]): ClearanceReport[] {
  return rows
    .filter(
      (row) =>
        row.granularity === 'cumulative' &&
        row.district === null &&
        row.scope !== 'anama-only' &&
        !row.flags.includes('start-date-differs') &&
        row.period_end >= PROGRESS_SERIES_START,
    )
    .sort(byPeriodEnd);
}

/** The latest running total that reports an area cleared, or undefined when none does. */
export function latestAreaCleared(rows: readonly ClearanceReport[]): ClearanceReport | undefined {
  return selectProgressTotals(rows).findLast((row) => row.area_cleared_ha !== null);
}

/** True when a row reports items found: the three counts together, or the source's own combined total. */
export function reportsItems(row: ClearanceReport): boolean {
  return (row.ap_mines !== null && row.at_mines !== null && row.uxo !== null) || row.mines_and_uxo_combined !== null;
}

/** The latest running total that reports mines and unexploded ordnance found, or undefined when none does. */
export function latestItemsFound(rows: readonly ClearanceReport[]): ClearanceReport | undefined {
  return selectProgressTotals(rows).findLast(reportsItems);
}
