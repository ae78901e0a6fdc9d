/** How precisely a date is known; a month-precision date is never shown with a day. */
export type DatePrecision = 'day' | 'month' | 'year';

/** True when `value` is a real calendar date written YYYY-MM-DD (rejects 2021-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** True when `value` is YYYY, a real YYYY-MM, or a real YYYY-MM-DD. */
export function isPartialDate(value: string): boolean {
  if (/^\d{4}$/.test(value)) return true;
  const month = /^\d{4}-(\d{2})$/.exec(value);
  if (month) return Number(month[1]) >= 1 && Number(month[1]) <= 12;
  return isCalendarDate(value);
}

/** The precision a partial date is written in. */
export function precisionOf(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The ceasefire of 10 November 2020: the first day the portal's reports cover, and the start of every running total. */
export const CEASEFIRE = '2020-11-10';

const DAY_MS = 86_400_000;

/** The calendar date `days` days after `date` (before it when negative), both YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday of the Monday-to-Sunday week `date` (YYYY-MM-DD) falls in. */
export function mondayOf(date: string): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(date, -weekday);
}
