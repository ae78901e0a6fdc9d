import type { SiteLanguage } from '../../schemas/common.ts';
import type { Place } from '../../schemas/place.ts';

/** The notes shown under every legend of the map: each place's `mapNote` in the reader's language, by place id. */
export function mapNotes(places: ReadonlyArray<{ id: string; data: Pick<Place, 'mapNote'> }>, lang: SiteLanguage): string[] {
  return [...places].sort((a, b) => a.id.localeCompare(b.id)).flatMap((place) => (place.data.mapNote ? [place.data.mapNote[lang]] : []));
}
