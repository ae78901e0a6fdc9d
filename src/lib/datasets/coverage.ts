// How much of the time since the ceasefire a report dataset covers, for the counts its method text quotes as
// placeholders ({monthlyMonths} of {months} months, {weeklyWeeks} of {weeks} weeks). Only rows of one period count:
// a month is covered by a monthly report of the whole country, a week by a weekly one; weeks are never added up
// into months, and partial or district reports cover nothing here.
import type { DatasetRow } from '../../schemas/dataset.ts';

/** The ceasefire of 10 November 2020: the first day the reports can cover. */
export const COVERAGE_START = '2020-11-10';

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

const DAY = 86_400_000;
const time = (date: string) => Date.parse(`${date}T00:00:00Z`);
/** The Monday of the week `date` falls in, as a day number. */
const monday = (date: string) => {
  const day = Math.floor(time(date) / DAY);
  return day - ((new Date(day * DAY).getUTCDay() + 6) % 7);
};
const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

/** The coverage of rows with period_start, period_end and granularity; null for a dataset without them. */
export function coverageOf(rows: readonly DatasetRow[]): Coverage | null {
  const dated = rows.filter(
    (row): row is DatasetRow & { period_start: string; period_end: string; granularity: string } =>
      typeof row.period_start === 'string' && typeof row.period_end === 'string' && typeof row.granularity === 'string',
  );
  if (!dated.length || dated.length !== rows.length) return null;
  const latest = dated.reduce((last, row) => (row.period_end > last ? row.period_end : last), COVERAGE_START);
  const [firstMonth, lastMonth] = [monthIndex(COVERAGE_START), monthIndex(latest)];
  const [firstWeek, lastWeek] = [monday(COVERAGE_START), monday(latest)];
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
      .map((row) => monday(row.period_start))
      .filter((w) => w >= firstWeek && w <= lastWeek),
  );
  return {
    months: lastMonth - firstMonth + 1,
    monthlyMonths: monthly.size,
    weeks: (lastWeek - firstWeek) / 7 + 1,
    weeklyWeeks: weekly.size,
  };
}
