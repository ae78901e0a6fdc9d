// When a dataset's next update is due, and what <update-status> (client/updateStatus.ts) receives to say whether it
// is overdue on the reader's day: components/data/UpdateStatus.astro writes the attribute, the client reads it back.
import type { Dataset } from '../../schemas/dataset.ts';
import type { DataAttributes } from '../dataAttributes.ts';

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

/** What <update-status> receives: the due date, left out for datasets updated irregularly. */
export interface UpdateStatusAttributes {
  'data-due'?: string;
}

/** The attributes of a dataset's <update-status> element. */
export function updateStatusAttributes(due: string | null): UpdateStatusAttributes {
  return due === null ? {} : { 'data-due': due };
}

/** The due date as the browser reads it back, or null when there is none. */
export function readDueDate(dataset: DataAttributes): string | null {
  return dataset.due ?? null;
}
