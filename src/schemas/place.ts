import { z } from 'astro/zod';
import { bilingualText, slug } from './common.ts';

/**
 * A district, city or village, one file per place in `content/places/<id>.json`; the file name is its id.
 * Districts (and cities with district status) have `district: null`; everything else names its district.
 */
export const placeSchema = z.strictObject({
  /** Name in English and in Azerbaijani. */
  name: bilingualText,
  /**
   * Other spellings of the name that sources use, besides `name`: English transliterations (Fizuli), Azerbaijani
   * without its letters (Agdam) and Russian (Физули), as written. The report importer recognises the place by them and
   * search finds it by them. Empty when the two names are all there is.
   */
  spellings: z.array(z.string().trim().min(1)).default([]),
  /** What kind of place this is. */
  kind: z.enum(['district', 'city', 'village']),
  /** Latitude in decimal degrees (WGS 84). */
  lat: z.number().min(38).max(42.5),
  /** Longitude in decimal degrees (WGS 84). */
  lon: z.number().min(44).max(51),
  /** Id of the district the place lies in; null for a district-level unit. */
  district: slug.nullable(),
  /** Id of the source of the coordinates. */
  source: slug,
  /** For editors: how the coordinates were found and anything else worth knowing about the place (English; not shown on the site). */
  notes: z.string().trim().min(1),
  /**
   * A sentence for readers of the map about this place, in both languages, shown under every legend on /map/: for
   * example why a district is not drawn. Left out when there is nothing to say.
   */
  mapNote: bilingualText.optional(),
});

export type Place = z.infer<typeof placeSchema>;
