// The body of /api/v1/events.json: the timeline as a static API (src/pages/api/v1/events.json.ts serves it).
import type { TimelineEvent } from '../../schemas/event.ts';
import type { Source } from '../../schemas/source.ts';
import { sortEvents } from './eventOrder.ts';

/** Every event, oldest first, with its page's address and its sources spelled out. */
export function buildEventsApi(
  events: ReadonlyArray<{ id: string; data: TimelineEvent }>,
  sources: ReadonlyMap<string, { data: Source }>,
  site: URL | undefined,
) {
  const ordered = sortEvents(events, 'oldest');
  return {
    description: 'Timeline of mine action in Azerbaijan. Dates are as precise as datePrecision says; figures keep the source qualifier.',
    licence: 'CC-BY-4.0',
    count: ordered.length,
    events: ordered.map(({ id, data }) => ({
      id,
      url: new URL(`/timeline/${id}/`, site).href,
      ...data,
      sources: data.sources.map((sourceId) => {
        const source = sources.get(sourceId);
        if (!source) throw new Error(`Event "${id}" cites unknown source "${sourceId}"`);
        return { id: sourceId, ...source.data };
      }),
    })),
  };
}
