import type { APIRoute } from 'astro';
import { getPublishedData } from '../../../data/publishedDatasets.ts';
import { buildDatasetCatalogue } from '../../../lib/datasets/catalogueApi.ts';

/** The data catalogue as a static API: every dataset with its files' addresses, sizes and hashes. */
export const GET: APIRoute = async ({ site }) => {
  const body = buildDatasetCatalogue(await getPublishedData(), site);
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
