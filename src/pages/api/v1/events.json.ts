import type { APIRoute } from 'astro';
import { getSourcesById, getEntries } from '../../../data/content.ts';
import { buildEventsApi } from '../../../lib/timeline/eventsApi.ts';

/** Every event, oldest first, with its sources spelled out: the timeline as a static API. */
export const GET: APIRoute = async ({ site }) => {
  const body = buildEventsApi(await getEntries('events'), await getSourcesById(), site);
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
