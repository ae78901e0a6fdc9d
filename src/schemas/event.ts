import { z } from 'astro/zod';
import { bilingualText, datePrecision, partialDate, precisionOf, qualifier, slug, type TextPattern } from './common.ts';

/** The closed list of timeline categories. */
export const eventCategory = z.enum([
  'agreement',
  'mine-map',
  'clearance-milestone',
  'incident',
  'institution',
  'funding',
  'international',
  'equipment',
  'return',
  'policy',
]);
export type EventCategory = z.infer<typeof eventCategory>;

/** Units a named figure can be given in. */
export const figureUnit = z.enum([
  'ha',
  'km2',
  'km',
  'percent',
  'usd',
  'eur',
  'people',
  'mines',
  'items',
  'maps',
  'documents',
  'days',
  'months',
  'years',
  'count',
  'date',
  'year',
  'order-number',
]);
export type FigureUnit = z.infer<typeof figureUnit>;

/** What a figure's key may be written with. */
export const FIGURE_KEY_PATTERN: TextPattern = { regex: /^[a-z0-9_-]+$/, message: 'must use a-z, 0-9, _ and -' };

/** One number an event reports, with what it counts. */
export const eventFigure = z.strictObject({
  /** Stable key, e.g. `cleared_ha_cumulative`. */
  key: z.string().regex(FIGURE_KEY_PATTERN.regex, FIGURE_KEY_PATTERN.message),
  /** The value as stated: a non-negative number, or a date/text for unit `date`. */
  value: z.union([z.number().nonnegative('a figure cannot be negative'), z.string().min(1)]),
  /** Unit of the value. */
  unit: figureUnit,
  /** How the source words it: exact, about, more than. */
  qualifier,
  /** What the number counts, in both languages. */
  label: bilingualText,
});
export type EventFigure = z.infer<typeof eventFigure>;

/** Plain-language warnings shown with an event. */
export const eventFlag = z.enum(['disputed', 'single-source', 'date-uncertain', 'verify']);
export type EventFlag = z.infer<typeof eventFlag>;

/**
 * A timeline entry, one file per event in `content/events/<id>.json`; the file name is the event id.
 */
export const eventSchema = z
  .strictObject({
    /** Date of the event: YYYY-MM-DD, YYYY-MM or YYYY, written to match `datePrecision`. */
    date: partialDate,
    /** How precisely the date is known. */
    datePrecision,
    /** One category from the closed list. */
    category: eventCategory,
    /** Short headline in both languages. */
    title: bilingualText,
    /** One or two sentences in our own words, attributing claims, in both languages. */
    summary: bilingualText,
    /** Ids of the districts concerned; empty for national events. */
    districts: z.array(slug),
    /** Numbers the event reports, each with unit and qualifier. */
    figures: z.array(eventFigure),
    /** Ids of the sources, main source first; at least one. */
    sources: z.array(slug).min(1, 'an event needs at least one source'),
    /** Warnings: sources disagree, one source only, date uncertain, to be verified. */
    flags: z.array(eventFlag),
    /**
     * Editors' notes shown under the event: discrepancies, other sides' positions. Both languages, or both empty: a note
     * written in one language must be written in the other.
     */
    notes: z.strictObject({
      /** English note; empty when there is none. */
      en: z.string().trim(),
      /** Azerbaijani note; required when the English note exists. */
      az: z.string().trim(),
    }),
  })
  .superRefine((event, ctx) => {
    if (precisionOf(event.date) !== event.datePrecision) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `is written with ${precisionOf(event.date)} precision but datePrecision is "${event.datePrecision}"`,
      });
    }
    for (const [lang, other, name] of [
      ['en', 'az', 'Azerbaijani'],
      ['az', 'en', 'English'],
    ] as const) {
      if (event.notes[lang] && !event.notes[other]) {
        ctx.addIssue({
          code: 'custom',
          path: ['notes', other],
          message: `is empty but notes.${lang} is written: write the ${name} note too (or empty both)`,
        });
      }
    }
  });

export type TimelineEvent = z.infer<typeof eventSchema>;
