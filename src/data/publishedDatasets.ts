// The downloadable files of every dataset, made once per build (src/lib/datasets/publishedData.ts builds them).
import { getCollection } from 'astro:content';
import type { SiteLanguage } from '../schemas/common.ts';
import { buildPreviewTable, type PreviewTable } from '../lib/datasets/previewTable.ts';
import { buildPublishedData, type PublishedData, type PublishedDataset } from '../lib/datasets/publishedData.ts';
import { getSourcesById } from './content.ts';
import { t } from '../i18n/ui.ts';

let cache: Promise<PublishedData> | undefined;

/** Every dataset's files plus the data package and the zip, computed once per build. */
export function getPublishedData(): Promise<PublishedData> {
  cache ??= Promise.all([getCollection('datasets'), getSourcesById()]).then(([entries, sources]) => buildPublishedData(entries, sources, import.meta.env.SITE));
  return cache;
}

/** The preview table of a dataset's page in one language: its first rows, sortable. */
export function getDatasetPreview(dataset: PublishedDataset, lang: SiteLanguage): PreviewTable {
  const titles = Object.fromEntries(dataset.entry.data.fields.map((field) => [field.name, field.title[lang]]));
  return buildPreviewTable(dataset.columns, dataset.rows, lang, { ...titles, ...t(lang).sourceColumns });
}
