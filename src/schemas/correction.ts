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
});

export type Correction = z.infer<typeof correctionSchema>;
