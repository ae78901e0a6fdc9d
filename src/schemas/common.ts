import { z } from 'astro/zod';

/** Lowercase ASCII slug used for every id in content/ (files, districts, sources). */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug: letters a-z, digits and single hyphens');

/** Text that must exist in both site languages. */
export const bilingualText = z.strictObject({
  /** English text. */
  en: z.string().trim().min(1, 'English text is empty'),
  /** Azerbaijani text (Latin script). */
  az: z.string().trim().min(1, 'Azerbaijani text is empty'),
});

export type BilingualText = z.infer<typeof bilingualText>;

/** True when `value` is a real calendar date written YYYY-MM-DD (rejects 2021-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** True when `value` is YYYY, a real YYYY-MM, or a real YYYY-MM-DD. */
export function isPartialDate(value: string): boolean {
  if (/^\d{4}$/.test(value)) return true;
  const month = /^\d{4}-(\d{2})$/.exec(value);
  if (month) return Number(month[1]) >= 1 && Number(month[1]) <= 12;
  return isCalendarDate(value);
}

/** A full calendar date, YYYY-MM-DD. */
export const isoDate = z.string().refine(isCalendarDate, 'must be a real date written YYYY-MM-DD');

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z
  .string()
  .refine(isPartialDate, 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD');

/** How precisely a date is known; a month-precision date is never shown with a day. */
export const datePrecision = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.infer<typeof datePrecision>;

/** The precision a partial date is written in. */
export function precisionOf(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** An absolute http(s) URL. */
export const webUrl = z.url({ protocol: /^https?$/, error: 'must be a full web address starting with http:// or https://' });

/** The two languages of the site. */
export const siteLanguage = z.enum(['en', 'az']);
export type SiteLanguage = z.infer<typeof siteLanguage>;

/** How a source words a figure. */
export const qualifier = z.enum(['exact', 'about', 'more-than']);
export type Qualifier = z.infer<typeof qualifier>;
