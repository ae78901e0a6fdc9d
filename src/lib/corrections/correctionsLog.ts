// The corrections log as readers see it on /about/corrections/.
import type { SiteLanguage } from '../../schemas/common.ts';

/** Corrections newest first; entries of the same day in file-name order, so the list is the same on every build. */
export function correctionsLog<Entry extends { id: string; data: { date: string } }>(entries: readonly Entry[]): Entry[] {
  return [...entries].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}

/** A dataset as a correction's line names it: its title, its fields' titles and the versions whose CSV is kept. */
export interface CorrectableDatasetView {
  id: string;
  title: Record<SiteLanguage, string>;
  fields: ReadonlyArray<{ name: string; title: Record<SiteLanguage, string> }>;
  keptVersions: ReadonlySet<string>;
}

/** What a correction of data shows: the dataset's title, where its version is, and the value that changed. */
export interface CorrectedData {
  title: string;
  version: string;
  /** The release page of the version, or the dataset's list of versions when that version's file was not kept. */
  href: string;
  change?: { row: string; field: string; from: string; to: string };
}

/** The data a correction changed, as the log shows it in `lang`; undefined for a correction of words only. */
export function correctedData(
  correction: { dataset?: string; version?: string; change?: { row: string; field: string; from: string; to: string } },
  datasets: readonly CorrectableDatasetView[],
  lang: SiteLanguage,
): CorrectedData | undefined {
  const dataset = datasets.find((candidate) => candidate.id === correction.dataset);
  if (!dataset || !correction.version) return undefined;
  const { version, change } = correction;
  const href = dataset.keptVersions.has(version) ? `/data/${dataset.id}/${version}/` : `/data/${dataset.id}/#versions`;
  const field = change && (dataset.fields.find((candidate) => candidate.name === change.field)?.title[lang] ?? change.field);
  return {
    title: dataset.title[lang],
    version,
    href,
    ...(change && field ? { change: { row: change.row, field, from: change.from, to: change.to } } : {}),
  };
}
