import { z } from 'astro/zod';
import { bilingualText, slug } from './common.ts';
import { eventCategory } from './event.ts';
import { rowFilter } from './rowFilter.ts';

/** Palette tokens; the colours themselves live in src/styles/tokens.css (light and dark). */
export const colourToken = z.enum(['series-1', 'series-2', 'series-3', 'series-4']);
export type ColourToken = z.infer<typeof colourToken>;

/** One series of values drawn from the rows. */
export const chartSeries = z.strictObject({
  /** Numeric field drawn. */
  field: z.string().min(1),
  /** Legend label in both languages. */
  label: bilingualText,
  /** Colour token. */
  colour: colourToken,
  /** Extra conditions for this series only (e.g. scope = anama-only). */
  filters: z.array(rowFilter).default([]),
});
export type ChartSeries = z.infer<typeof chartSeries>;

/**
 * A chart, one file per chart in `content/charts/<id>.json`; the file name is its id. Charts draw real rows only:
 * a value not reported stays a gap, and series of different scope stay separate series.
 */
export const chartSchema = z.strictObject({
  /** Title in both languages. */
  title: bilingualText,
  /** One sentence under the title: what is counted and by whom. */
  subtitle: bilingualText,
  /** Id of the dataset in content/datasets/. */
  dataset: slug,
  /** bar: bars per category; line: points joined in date order; points: unjoined points on a date axis. */
  type: z.enum(['bar', 'line', 'points']),
  /** Horizontal bars (categories down the side), for long category names. */
  horizontal: z.boolean().default(false),
  /** Bars of several series stacked instead of side by side. */
  stacked: z.boolean().default(false),
  /** What goes along the category or date axis. */
  x: z.strictObject({
    /** Field giving the position. */
    field: z.string().min(1),
    /** year/month: every year or month from the first to the last is shown, missing ones as gaps; day: a date axis; value: each distinct value. */
    unit: z.enum(['year', 'month', 'day', 'value']),
    /** First year or month to show (YYYY or YYYY-MM) even when no row has it. */
    from: z.string().optional(),
    /** Last year or month to show. */
    to: z.string().optional(),
    /** How `value` categories are named: district names, dates, or the text as is. */
    label: z.enum(['district', 'date', 'text']).default('text'),
  }),
  /** Field giving the date the figures run to, for the "as of" line; the x field when left out. */
  asOfField: z.string().optional(),
  /** Conditions every row must meet. */
  filters: z.array(rowFilter).default([]),
  /** The series drawn. */
  series: z.array(chartSeries).min(1),
  /** Extra dataset fields shown in the chart's table (qualifier, flags, reported_by…). */
  tableFields: z.array(z.string()).default([]),
  /** Timeline events of this category drawn as labelled markers on a date or month axis. */
  markers: z.strictObject({ category: eventCategory }).optional(),
  /** Scope, gaps and caveats a reader must know, in both languages. */
  notes: bilingualText,
  /** Text alternative describing what the chart shows, for screen readers, in both languages. */
  alt: bilingualText,
});

export type ChartDefinition = z.infer<typeof chartSchema>;
