import type { APIRoute } from 'astro';
import { getPublishedData, ZIP_NAME } from '../../../data/publishedDatasets.ts';
import { nextUpdateDue } from '../../../lib/nextUpdate.ts';

/** The data catalogue as a static API: every dataset with its files' addresses, sizes and hashes. */
export const GET: APIRoute = async ({ site }) => {
  const { datasets, dataPackage, zip } = await getPublishedData();
  const url = (path: string) => new URL(path, site).href;
  const body = {
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
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
