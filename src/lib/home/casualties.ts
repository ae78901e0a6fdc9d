import type { Qualifier } from '../../schemas/common.ts';

/** One row of the `casualties` dataset. */
export interface CasualtyReport {
  report_id: string;
  as_of_date: string | null;
  period_start: string | null;
  period_end: string | null;
  granularity: 'cumulative' | 'year' | 'month' | 'period';
  total: number | null;
  killed: number | null;
  injured: number | null;
  civilians: number | null;
  military: number | null;
  deminers: number | null;
  children: number | null;
  scope: string;
  reported_by: string;
  total_qualifier: Qualifier | null;
  killed_qualifier: Qualifier | null;
  injured_qualifier: Qualifier | null;
  civilians_qualifier: Qualifier | null;
  military_qualifier: Qualifier | null;
  deminers_qualifier: Qualifier | null;
  children_qualifier: Qualifier | null;
  flags: string[];
  notes: string;
  source: string;
}

/** Flags that keep a row out of the headline series (research: "Which rows to chart" 1). */
const EXCLUDING_FLAGS = ['conflict', 'check', 'civilians-only', 'subset-only', 'ambiguous', 'date-approximate'];

/**
 * Running totals of people killed or injured since the 10 November 2020 ceasefire that form the headline series:
 * a total the source gave as an exact number, an exact date and none of the excluding flags; oldest first.
 */
export function selectCasualtyTotals(rows: readonly CasualtyReport[]): CasualtyReport[] {
  return rows
    .filter(
      (row) =>
        row.scope === 'since-2020-11' &&
        row.granularity === 'cumulative' &&
        row.total !== null &&
        row.total_qualifier === 'exact' &&
        row.as_of_date !== null &&
        !row.flags.some((flag) => EXCLUDING_FLAGS.includes(flag)),
    )
    .sort((a, b) => a.as_of_date!.localeCompare(b.as_of_date!) || a.report_id.localeCompare(b.report_id));
}

/** The latest headline casualty total, or undefined when there is none. */
export function latestCasualtyTotal(rows: readonly CasualtyReport[]): CasualtyReport | undefined {
  return selectCasualtyTotals(rows).at(-1);
}
