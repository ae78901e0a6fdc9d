import type { Dataset } from '../schemas/dataset.ts';

const MONTHS: Record<Exclude<Dataset['updateFrequency'], 'irregular' | 'weekly'>, number> = { monthly: 1, quarterly: 3, annually: 12 };

/** The date a dataset's next update is due (YYYY-MM-DD), or null for datasets updated irregularly. */
export function nextUpdateDue(lastUpdated: string, frequency: Dataset['updateFrequency']): string | null {
  if (frequency === 'irregular') return null;
  const date = new Date(`${lastUpdated}T00:00:00Z`);
  if (frequency === 'weekly') date.setUTCDate(date.getUTCDate() + 7);
  else {
    const day = date.getUTCDate();
    date.setUTCDate(1);
    date.setUTCMonth(date.getUTCMonth() + MONTHS[frequency]);
    const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
    date.setUTCDate(Math.min(day, lastDay));
  }
  return date.toISOString().slice(0, 10);
}

/** True when the due date has passed on `today` (YYYY-MM-DD). */
export function isOverdue(due: string | null, today: string): boolean {
  return due !== null && today > due;
}
