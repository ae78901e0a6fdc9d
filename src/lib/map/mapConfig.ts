// What the Leaflet map receives in the browser, built at build time from the district figures, places and events.
// The component (components/map/InteractiveMap.astro) serialises it; the browser modules (client/leafletMapElement.ts,
// client/drawMap.ts) read it with this type.
import type { SiteLanguage } from '../../schemas/common.ts';
import { formatPartialDate, formatQualified } from '../format.ts';
import { localizePath } from '../i18n.ts';
import { isRecord } from '../jsonScript.ts';
import { AREA_BREAKS, BIN_TOKENS, type MapColourToken } from './colourScale.ts';
import type { DistrictFigure } from './districtFigures.ts';
import { eventMarkerPositions } from './eventMarkers.ts';

/** The map's data and words, as the browser module receives them. */
export interface MapConfig {
  /** Address of the district boundaries (GeoJSON). */
  geojson: string;
  years: string[];
  /** Year shaded first. */
  year: string;
  /** Hectares per year and district id; null: no figure. */
  values: Record<string, Record<string, number | null>>;
  /** The same figures as the reader sees them ("about 7,672.1 ha"). */
  displays: Record<string, Record<string, string>>;
  districts: Record<string, { name: string; url: string; timeline: string }>;
  /** Fill token of each legend class (`binOf`); the browser resolves the token to its colour. */
  colours: Readonly<Record<string, MapColourToken>>;
  breaks: number[];
  places: Array<{ name: string; lat: number; lon: number; district: string; url: string }>;
  events: Array<{ title: string; date: string; category: string; lat: number; lon: number; url: string; district: string; districtUrl: string }>;
  labels: Record<'layerYear' | 'layerMarkers' | 'layers' | 'zoomIn' | 'zoomOut' | 'noFigure' | 'openDistrict' | 'districtTimeline' | 'attribution', string>;
  /** South-west and north-east corners of the view to open on. */
  bounds: [[number, number], [number, number]];
  tiles: { url: string; attribution: string } | null;
}

type Named = { data: { name: Record<SiteLanguage, string> } };

/** What buildMapConfig needs: the figures by year, the districts, places and events to mark, and the words. */
export interface MapInput {
  lang: SiteLanguage;
  figures: { years: string[]; byYear: ReadonlyMap<string, ReadonlyMap<string, DistrictFigure>> };
  year: string;
  districts: ReadonlyMap<string, Named & { data: { lat: number; lon: number } }>;
  places: ReadonlyArray<Named & { data: { lat: number; lon: number; district: string | null } }>;
  events: ReadonlyArray<{ id: string; data: { title: Record<SiteLanguage, string>; date: string; category: string; districts: string[] } }>;
  words: MapConfig['labels'] & { categories: Record<string, string> };
  geojson: string;
  /** West, south, east, north. */
  focusBox: readonly [number, number, number, number];
  tiles: MapConfig['tiles'];
}

/** The map's configuration in one language. */
export function buildMapConfig(input: MapInput): MapConfig {
  const { lang, figures, districts, words } = input;
  const byYear = (show: (figure: DistrictFigure) => number | string | null) =>
    Object.fromEntries(figures.years.map((year) => [year, Object.fromEntries([...figures.byYear.get(year)!].map(([id, figure]) => [id, show(figure)]))]));
  const districtName = (id: string) => districts.get(id)?.data.name[lang] ?? id;
  return {
    geojson: input.geojson,
    years: figures.years,
    year: input.year,
    values: byYear((figure) => figure.area) as MapConfig['values'],
    displays: byYear((figure) =>
      figure.area === null ? words.noFigure : `${formatQualified(figure.area, figure.qualifier, lang)} ha`,
    ) as MapConfig['displays'],
    districts: Object.fromEntries(
      [...districts].map(([id, place]) => [
        id,
        { name: place.data.name[lang], url: localizePath(`/districts/${id}/`, lang), timeline: localizePath(`/timeline/district/${id}/`, lang) },
      ]),
    ),
    colours: BIN_TOKENS,
    breaks: [...AREA_BREAKS],
    places: input.places.flatMap((place) =>
      place.data.district === null
        ? []
        : [
            {
              name: place.data.name[lang],
              lat: place.data.lat,
              lon: place.data.lon,
              district: districtName(place.data.district),
              url: localizePath(`/districts/${place.data.district}/`, lang),
            },
          ],
    ),
    events: eventMarkerPositions(input.events, districts).map(({ event, lat, lon }) => ({
      title: event.data.title[lang],
      date: formatPartialDate(event.data.date, lang),
      category: words.categories[event.data.category] ?? event.data.category,
      lat,
      lon,
      url: localizePath(`/timeline/${event.id}/`, lang),
      district: districtName(event.data.districts[0]!),
      districtUrl: localizePath(`/districts/${event.data.districts[0]}/`, lang),
    })),
    labels: {
      layerYear: words.layerYear,
      layerMarkers: words.layerMarkers,
      layers: words.layers,
      zoomIn: words.zoomIn,
      zoomOut: words.zoomOut,
      noFigure: words.noFigure,
      openDistrict: words.openDistrict,
      districtTimeline: words.districtTimeline,
      attribution: words.attribution,
    },
    bounds: [
      [input.focusBox[1], input.focusBox[0]],
      [input.focusBox[3], input.focusBox[2]],
    ],
    tiles: input.tiles,
  };
}

/**
 * True when a value parsed from the map's JSON script has the shape of a MapConfig. The build wrote it from a
 * MapConfig, so the top-level fields are checked (enough to catch a stale or foreign page) and the rest is trusted.
 */
export function isMapConfig(value: unknown): value is MapConfig {
  return (
    isRecord(value) &&
    typeof value.geojson === 'string' &&
    typeof value.year === 'string' &&
    Array.isArray(value.years) &&
    Array.isArray(value.places) &&
    Array.isArray(value.events) &&
    Array.isArray(value.bounds) &&
    Array.isArray(value.breaks) &&
    [value.values, value.displays, value.districts, value.colours, value.labels].every(isRecord) &&
    (value.tiles === null || isRecord(value.tiles))
  );
}
