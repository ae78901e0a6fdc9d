import type { APIRoute } from 'astro';
import { getPublishedData } from '../../data/publishedDatasets.ts';

/** Every CSV, datapackage.json, a README and the licence in one zip. */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array((await getPublishedData()).zip.content), { headers: { 'Content-Type': 'application/zip' } });
