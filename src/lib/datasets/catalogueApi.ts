// The body of /api/v1/datasets.json: the data catalogue as a static API (src/pages/api/v1/datasets.json.ts serves it).
import { nextUpdateDue } from './nextUpdate.ts';
import { ZIP_NAME, type PublishedData } from './publishedData.ts';

/** Every dataset with its files' addresses, sizes and hashes, plus the data package and the zip. */
export function buildDatasetCatalogue({ datasets, dataPackage, zip }: PublishedData, site: URL | undefined) {
  const url = (path: string) => new URL(path, site).href;
  return {
    licence: 'CC-BY-4.0',
    dataPackage: { url: url(dataPackage.path), bytes: dataPackage.bytes, sha256: dataPackage.sha256 },
    zip: { url: url(`/data/${ZIP_NAME}`), bytes: zip.bytes, sha256: zip.sha256 },
    datasets: datasets.map(({ id, entry, rows, csv, json }) => ({
      id,
      title: entry.data.title,
      description: entry.data.description,
      version: entry.data.version,
      lastUpdated: entry.data.lastUpdated,
      updateFrequency: entry.data.updateFrequency,
      nextUpdateDue: nextUpdateDue(entry.data.lastUpdated, entry.data.updateFrequency),
      rows: rows.length,
      page: url(`/data/${id}/`),
      files: [csv, json].map((file) => ({ url: url(file.path), bytes: file.bytes, sha256: file.sha256 })),
    })),
  };
}
