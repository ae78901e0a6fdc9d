// The corrections log, read once per build and ordered by src/lib/corrections/correctionsLog.ts, with the datasets
// its corrections of data name.
import type { CorrectableDatasetView } from '../lib/corrections/correctionsLog.ts';
import { correctionsLog } from '../lib/corrections/correctionsLog.ts';
import { getEntries } from './content.ts';
import { getPublishedData } from './publishedDatasets.ts';

/** Every correction, newest first. */
export async function getCorrectionsLog() {
  return correctionsLog(await getEntries('corrections'));
}

/** Each dataset's title, field titles and kept versions, as the corrections log names them. */
export async function getCorrectableDatasets(): Promise<CorrectableDatasetView[]> {
  const { datasets } = await getPublishedData();
  return datasets.map(({ id, entry, versions }) => ({
    id,
    title: entry.data.title,
    fields: entry.data.fields,
    keptVersions: new Set(versions.filter((release) => release.csv).map((release) => release.version)),
  }));
}
