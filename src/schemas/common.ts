import { z } from 'astro/zod';
import { isCalendarDate, isPartialDate } from '../lib/dates.ts';

export { isCalendarDate, isPartialDate, precisionOf } from '../lib/dates.ts';

/**
 * A text pattern and the message that names it: what a schema checks and what the CMS's text widgets check as they are
 * typed (Sveltia's `pattern` option takes the regex's source and the message), so the two say the same thing.
 */
export interface TextPattern {
  regex: RegExp;
  message: string;
}

/** Lowercase ASCII slug used for every id in content/ (files, districts, sources). */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug: letters a-z, digits and single hyphens');

/** Text that must exist in both site languages. */
export const bilingualText = z.strictObject({
  /** English text. */
  en: z.string().trim().min(1, 'English text is empty'),
  /** Azerbaijani text (Latin script). */
  az: z.string().trim().min(1, 'Azerbaijani text is empty'),
});

export type BilingualText = z.infer<typeof bilingualText>;

/** A full calendar date, YYYY-MM-DD. */
export const isoDate = z.string().refine(isCalendarDate, 'must be a real date written YYYY-MM-DD');

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z.string().refine(isPartialDate, 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD');

/** How precisely a date is known; a month-precision date is never shown with a day. */
export const datePrecision = z.enum(['day', 'month', 'year']);
export type { DatePrecision } from '../lib/dates.ts';

/** What an address that is not a full http(s) URL is told. */
export const WEB_URL_MESSAGE = 'must be a full web address starting with http:// or https://';

/** An absolute http(s) URL. */
export const webUrl = z.url({ protocol: /^https?$/, error: WEB_URL_MESSAGE });

/** A version number, MAJOR.MINOR.PATCH (a dataset's releases, and the correction that cites one). */
export const VERSION_PATTERN: TextPattern = { regex: /^\d+\.\d+\.\d+$/, message: 'must be MAJOR.MINOR.PATCH' };
export const versionNumber = z.string().regex(VERSION_PATTERN.regex, VERSION_PATTERN.message);

/** The two languages of the site. */
export const siteLanguage = z.enum(['en', 'az']);
export type SiteLanguage = z.infer<typeof siteLanguage>;

/** How a source words a figure. */
export const qualifier = z.enum(['exact', 'about', 'more-than']);
export type Qualifier = z.infer<typeof qualifier>;
