import { z } from 'astro/zod';
import { partialDate, webUrl } from './common.ts';

/**
 * A page that figures or events on the site come from, listed once in `content/sources/<id>.json`.
 * The file name is the source id that events, dataset rows, places and articles cite.
 */
export const sourceSchema = z.strictObject({
  /** The outlet or body that published the page, as the research names it (e.g. "Trend", "Azernews (via MENAFN)"). */
  publisher: z.string().trim().min(1),
  /** What the page reports, in our words; most stored copies were read without their headline. */
  title: z.string().trim().min(1),
  /** The same title in Azerbaijani, also in our words (outlet names and dates kept), shown on the Azerbaijani pages. */
  title_az: z.string().trim().min(1),
  /** The address the figures were read from. */
  url: webUrl,
  /** Publication date as shown on the page (YYYY, YYYY-MM or YYYY-MM-DD); null when the page shows none. */
  published: partialDate.nullable(),
  /** Language of the page as a BCP 47 code; `und` when it could not be determined. */
  language: z.enum(['en', 'az', 'ru', 'de', 'fr', 'it', 'pt', 'hy', 'tr', 'fa', 'id', 'und']),
});

export type Source = z.infer<typeof sourceSchema>;
