// The plain-text citation of a timeline event (components/timeline/EventCitation.astro renders it).
import type { SiteLanguage } from '../../schemas/common.ts';
import { formatPartialDate } from '../format.ts';
import { localizePath } from '../i18n.ts';

/** What a citation names of the portal's page and of the original source. */
export interface EventCitationInput {
  /** Title of the event as shown on the page. */
  title: string;
  /** The date as the reader sees it ("12 June 2021"). */
  displayDate: string;
  /** Full address of the page being cited. */
  url: string;
  /** The original reporter: publisher and publication date as shown ("Trend, 12 June 2021"). */
  basedOn: string[];
  /** Name of the site in the reader's language. */
  siteName: string;
  /** Word introducing the sources ("Based on"). */
  basedOnLabel: string;
}

/** A plain-text citation: `Mine Action Azerbaijan, "Title" (12 June 2021). Based on: Trend, 12 June 2021. https://…` */
export function citeEvent(input: EventCitationInput): string {
  const sources = input.basedOn.length ? ` ${input.basedOnLabel}: ${input.basedOn.join('; ')}.` : '';
  return `${input.siteName}, "${input.title}" (${input.displayDate}).${sources} ${input.url}`;
}

/** What buildEventCitation needs: the event, its sources in order, the site's address and the words. */
export interface EventCitationSource {
  lang: SiteLanguage;
  event: { id: string; data: { title: Record<SiteLanguage, string>; date: string } };
  sources: ReadonlyArray<{ data: { publisher: string; published: string | null } }>;
  /** The site's address, which the event page's path is resolved against. */
  site: URL | undefined;
  words: { siteName: string; basedOn: string; undated: string };
}

/** The citation of an event page in the reader's language. */
export function buildEventCitation({ lang, event, sources, site, words }: EventCitationSource): string {
  return citeEvent({
    siteName: words.siteName,
    title: event.data.title[lang],
    displayDate: formatPartialDate(event.data.date, lang),
    basedOnLabel: words.basedOn,
    basedOn: sources.map(({ data }) => `${data.publisher}, ${data.published ? formatPartialDate(data.published, lang) : words.undated}`),
    url: new URL(localizePath(`/timeline/${event.id}/`, lang), site).href,
  });
}
