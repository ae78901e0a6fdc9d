import type { APIRoute } from 'astro';
import { getSourcesById, getEntries } from '../../../data/content.ts';
import { groupByYear } from '../../../lib/timeline.ts';

/** Every event, oldest first, with its sources spelled out: the timeline as a static API. */
export const GET: APIRoute = async ({ site }) => {
  const sources = await getSourcesById();
  const events = groupByYear(await getEntries('events'), 'oldest').flatMap((group) => group.events);
  const body = {
    description: 'Timeline of mine action in Azerbaijan. Dates are as precise as datePrecision says; figures keep the source qualifier.',
    licence: 'CC-BY-4.0',
    count: events.length,
    events: events.map(({ id, data }) => ({
      id,
      url: new URL(`/timeline/${id}/`, site).href,
      ...data,
      sources: data.sources.map((sourceId) => ({ id: sourceId, ...sources.get(sourceId)!.data })),
    })),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
