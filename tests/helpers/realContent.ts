import { fileURLToPath } from 'node:url';
import { loadContent, type LoadedContent } from '../../src/lib/loadContent.ts';
import type { Dataset, DatasetRow } from '../../src/schemas/dataset.ts';

/** The project root: tests of the real content read `content/` from here, the way the site does. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

let loaded: LoadedContent | undefined;

/** The portal's real content, read and typed by loadContent (once per test file). */
export function realContent(): LoadedContent {
  loaded ??= loadContent(PROJECT_ROOT);
  return loaded;
}

/**
 * One real dataset with its rows resolved (CSV, selection or events), the rows typed as the caller's row interface.
 * Fails, quoting loadContent's messages about it, when the dataset did not load.
 */
export function realDataset<Row extends object = DatasetRow>(id: string): Omit<Dataset, 'rows'> & { rows: Row[] } {
  const { content, issues } = realContent();
  const dataset = content.datasets.find((entry) => entry.id === id);
  if (!dataset) {
    const about = issues.filter((issue) => issue.entry === id).map((issue) => `${issue.file} ${issue.field}: ${issue.message}`);
    throw new Error(`dataset "${id}" did not load from content/datasets/${about.length ? `:\n${about.join('\n')}` : ''}`);
  }
  return { ...dataset.data, rows: dataset.data.rows as DatasetRow[] as unknown as Row[] };
}
