// The corrections log as readers see it on /about/corrections/.

/** Corrections newest first; entries of the same day in file-name order, so the list is the same on every build. */
export function correctionsLog<Entry extends { id: string; data: { date: string } }>(entries: readonly Entry[]): Entry[] {
  return [...entries].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}
