// How much of the time since the ceasefire a report dataset covers, for the counts its method text quotes as
// placeholders ({monthlyMonths} of {months} months, {weeklyWeeks} of {weeks} weeks). Only rows of one period count:
// a month is covered by a monthly report of the whole country, a week by a weekly one; weeks are never added up
// into months, and partial or district reports cover nothing here.
import type { DatasetRow } from '../../schemas/dataset.ts';
import { CEASEFIRE, mondayOf } from '../dates.ts';

export interface Coverage {
  /** Calendar months from November 2020 to the month of the latest period_end. */
  months: number;
  /** Of those, months with a monthly report (placed at the month its period starts). */
  monthlyMonths: number;
  /** Monday-to-Sunday weeks from the week of 10 November 2020 to the week of the latest period_end. */
  weeks: number;
  /** Of those, weeks in which a weekly report's period starts (a week with two readings counts once). */
  weeklyWeeks: number;
}

/** Whole weeks from one Monday to a later one. */
const weeksBetween = (monday: string, later: string) => Math.round((Date.parse(later) - Date.parse(monday)) / (7 * 86_400_000));
const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

/** The coverage of rows with period_start, period_end and granularity; null for a dataset without them. */
export function coverageOf(rows: readonly DatasetRow[]): Coverage | null {
  const dated = rows.filter(
    (row): row is DatasetRow & { period_start: string; period_end: string; granularity: string } =>
      typeof row.period_start === 'string' && typeof row.period_end === 'string' && typeof row.granularity === 'string',
  );
  if (!dated.length || dated.length !== rows.length) return null;
  const latest = dated.reduce((last, row) => (row.period_end > last ? row.period_end : last), CEASEFIRE);
  const [firstMonth, lastMonth] = [monthIndex(CEASEFIRE), monthIndex(latest)];
  const [firstWeek, lastWeek] = [mondayOf(CEASEFIRE), mondayOf(latest)];
  const national = dated.filter((row) => !row.district);
  const monthly = new Set(
    national
      .filter((row) => row.granularity === 'month')
      .map((row) => monthIndex(row.period_start))
      .filter((m) => m >= firstMonth && m <= lastMonth),
  );
  const weekly = new Set(
    national
      .filter((row) => row.granularity === 'week')
      .map((row) => mondayOf(row.period_start))
      .filter((w) => w >= firstWeek && w <= lastWeek),
  );
  return {
    months: lastMonth - firstMonth + 1,
    monthlyMonths: monthly.size,
    weeks: weeksBetween(firstWeek, lastWeek) + 1,
    weeklyWeeks: weekly.size,
  };
}
