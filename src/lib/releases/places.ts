/** The district names the parser knows, from content/places/ (districts, and Khankendi, a city with district status). */
import type { PlaceName } from './districts.ts';

export interface PlaceEntry {
  id: string;
  kind: string;
  name: { en: string; az: string };
}

export function districtNames(places: readonly PlaceEntry[]): PlaceName[] {
  return places.filter((p) => p.kind === 'district' || p.id === 'khankendi').map((p) => ({ id: p.id, en: p.name.en, az: p.name.az }));
}
