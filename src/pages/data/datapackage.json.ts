import type { APIRoute } from 'astro';
import { getPublishedData } from '../../data/publishedDatasets.ts';

/** The Frictionless Tabular Data Package describing every CSV. */
export const GET: APIRoute = async () =>
  new Response((await getPublishedData()).dataPackage.content, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
