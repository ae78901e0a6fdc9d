// The downloadable files of every dataset, made once per build (src/lib/datasets/publishedData.ts builds them).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import type { SiteLanguage } from '../schemas/common.ts';
import { buildPreviewTable, PREVIEW_ROWS, type PreviewTable } from '../lib/datasets/previewTable.ts';
import { REPORTER_COLUMNS } from '../schemas/dataset.ts';
import { buildPublishedData, type PublishedData, type PublishedDataset } from '../lib/datasets/publishedData.ts';
import { snapshotFile } from '../lib/datasets/releaseSnapshots.ts';
import { buildDatasetCitation, type DatasetCitationView } from '../lib/datasets/datasetCitation.ts';
import { reporterName, translatedReporterName } from '../i18n/reporters.ts';
import { t } from '../i18n/ui.ts';
import { getSourcesById } from './content.ts';

let cache: Promise<PublishedData> | undefined;

/**
 * A replaced version's frozen CSV, checked against its recorded hash by the content checks before the build. Read
 * from the project's root, where npm runs the build and the dev server (the bundled module's own URL is elsewhere).
 */
function readSnapshot(id: string, version: string): string | undefined {
  const path = join(process.cwd(), snapshotFile(id, version));
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Every dataset's files plus the data package and the zip, computed once per build. */
export function getPublishedData(): Promise<PublishedData> {
  cache ??= Promise.all([getCollection('datasets'), getSourcesById()]).then(([entries, sources]) =>
    buildPublishedData(entries, sources, import.meta.env.SITE, readSnapshot),
  );
  return cache;
}

/** The preview table of a dataset's page in one language: its first rows, sortable. */
export function getDatasetPreview(dataset: PublishedDataset, lang: SiteLanguage): PreviewTable {
  const titles = Object.fromEntries(dataset.entry.data.fields.map((field) => [field.name, field.title[lang]]));
  // Reporting bodies are named in the page's language where the site has their name (the files keep the English value).
  const reporter = (value: string) => translatedReporterName(value, lang);
  return buildPreviewTable(
    dataset.columns,
    dataset.rows,
    lang,
    { ...titles, ...t(lang).sourceColumns },
    PREVIEW_ROWS,
    Object.fromEntries(REPORTER_COLUMNS.map((column) => [column, reporter])),
  );
}

/** A dataset's citations in `lang` (BibTeX, RIS and CSL-JSON in English), naming its current version's CSV. */
export function getDatasetCitation(dataset: PublishedDataset, lang: SiteLanguage): DatasetCitationView {
  const strings = t(lang);
  return buildDatasetCitation(dataset, {
    lang,
    site: new URL(import.meta.env.SITE),
    siteName: { local: strings.siteName, en: t('en').siteName },
    words: strings.citationWords,
    reporterName: (name) => reporterName(name, lang),
  });
}
