import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getSourcesById } from '../../data/content.ts';
import { toCsv } from '../../lib/csv.ts';
import { EVENT_COLUMNS, eventsTable } from '../../lib/eventsTable.ts';
import { groupByYear } from '../../lib/timeline.ts';

/** The timeline as a CSV file, one row per event, oldest first. */
export const GET: APIRoute = async () => {
  const events = groupByYear(await getCollection('events'), 'oldest').flatMap((group) => group.events);
  const csv = toCsv(EVENT_COLUMNS, eventsTable(events, await getSourcesById()));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
