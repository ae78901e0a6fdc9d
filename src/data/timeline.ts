// The timeline's data, read once per build and shaped by the builders in src/lib/timeline/.
import type { CollectionEntry } from 'astro:content';
import type { SiteLanguage } from '../schemas/common.ts';
import { languagePaths } from '../lib/i18n.ts';
import type { TimelineFilters } from '../lib/timeline/timelineFilters.ts';
import {
  buildLatestEvents,
  buildTimelineSubset,
  buildTimelineView,
  relatedEvents,
  type TimelineSubset,
  type TimelineView,
} from '../lib/timeline/timelineView.ts';
import { getArticlesCitingSources } from './articles.ts';
import { getDistrictsById, getEntries, getSource } from './content.ts';

type Event = CollectionEntry<'events'>;

const views = new Map<SiteLanguage, Promise<TimelineView<Event>>>();

/** The full timeline in one language: years, filters and browse lists, built once per build. */
export function getTimeline(lang: SiteLanguage): Promise<TimelineView<Event>> {
  if (!views.has(lang)) views.set(lang, buildView(lang));
  return views.get(lang)!;
}

async function buildView(lang: SiteLanguage): Promise<TimelineView<Event>> {
  const [events, districts] = await Promise.all([getEntries('events'), getDistrictsById()]);
  return buildTimelineView(events, (id) => districts.get(id)?.data.name[lang] ?? id);
}

/** The events of one category or one district, by year. */
export async function getTimelineSubset(filters: TimelineFilters): Promise<TimelineSubset<Event>> {
  return buildTimelineSubset(await getEntries('events'), filters);
}

/** The `count` most recent events, newest first, of those passing `filters` (all by default), and how many pass. */
export async function getLatestEvents(count: number, filters: TimelineFilters = {}): Promise<{ events: Event[]; total: number }> {
  return buildLatestEvents(await getEntries('events'), count, filters);
}

/** What an event's page shows besides the event: its sources, related events and the articles citing its sources. */
export async function getEventPage(event: Event, lang: SiteLanguage) {
  const [sources, events, articles] = await Promise.all([
    Promise.all(event.data.sources.map(getSource)),
    getEntries('events'),
    getArticlesCitingSources(lang, event.data.sources),
  ]);
  return { sources, related: relatedEvents(event, events), articles };
}

/** getStaticPaths of the event pages: every event in both languages, params `lang` and `id`, props `lang` and `event`. */
export async function eventPaths() {
  const events = await getEntries('events');
  return languagePaths().flatMap((path) => events.map((event) => ({ params: { ...path.params, id: event.id }, props: { ...path.props, event } })));
}
