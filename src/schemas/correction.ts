import { z } from 'astro/zod';
import { bilingualText, isoDate, slug, versionNumber, type TextPattern } from './common.ts';

/** A page's site path, as a correction names the page it corrected. */
export const SITE_PATH_PATTERN: TextPattern = { regex: /^\/[a-z0-9/_-]*$/, message: 'must be a site path starting with /' };

/** A published correction, one file per correction in `content/corrections/<id>.json`; the file name is its id. */
export const correctionSchema = z.strictObject({
  /** Day the correction was published. */
  date: isoDate,
  /** Site path of the page that was corrected, e.g. `/timeline/2021-06-12-aghdam-minefield-maps-exchanged-detainees/`. */
  page: z.string().regex(SITE_PATH_PATTERN.regex, SITE_PATH_PATTERN.message),
  /** What was wrong and what it says now, in both languages. */
  summary: bilingualText,
  /** The dataset whose version records the change, if the correction changed data. */
  dataset: slug.optional(),
  /** The dataset version that carries the correction. */
  version: versionNumber.optional(),
  /**
   * The dataset value it changed: the row's key, the field, the value before and after, as written in the CSV (and
   * the id of the source the new value comes from, when the row's source changed too). Filled in by the editor at
   * /admin/ or by `npm run record:correction`, which also change the CSV and raise `version`.
   */
  change: z
    .strictObject({
      row: z.string().min(1, 'is empty: give the row key (the first column of the CSV)'),
      field: z.string().min(1, 'is empty: give the column name of the value that changed'),
      from: z.string(),
      to: z.string(),
      source: slug.optional(),
    })
    .optional(),
});

export type Correction = z.infer<typeof correctionSchema>;
