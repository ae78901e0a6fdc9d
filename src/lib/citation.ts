/** What a citation names of the portal's page and of the original source. */
export interface CitationInput {
  /** Title of the event or dataset as shown on the page. */
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
export function citeEvent(input: CitationInput): string {
  const sources = input.basedOn.length ? ` ${input.basedOnLabel}: ${input.basedOn.join('; ')}.` : '';
  return `${input.siteName}, "${input.title}" (${input.displayDate}).${sources} ${input.url}`;
}
