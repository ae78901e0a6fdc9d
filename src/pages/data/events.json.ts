import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getSourcesById } from '../../data/content.ts';
import { eventsTable } from '../../lib/eventsTable.ts';
import { groupByYear } from '../../lib/timeline.ts';

/** The same rows as events.csv, as JSON with a short description. */
export const GET: APIRoute = async () => {
  const events = groupByYear(await getCollection('events'), 'oldest').flatMap((group) => group.events);
  const body = { id: 'events', licence: 'CC-BY-4.0', rows: eventsTable(events, await getSourcesById()) };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
