// Draws the district map with Leaflet: one polygon per district (shaded by the chosen year), places and events
// as markers, a layer switch, and keyboard access: every district and marker is a tab stop with an accessible
// name, and Enter opens its popup.
import '../styles/leaflet.css';
import { control, divIcon, geoJSON, layerGroup, map as createMap, marker, tileLayer, type GeoJSON as GeoJSONLayer, type Layer, type Path } from 'leaflet';
import type { FeatureCollection } from 'geojson';
import { binOf, type MapColourToken } from '../lib/map/colourScale.ts';
import { clusterPoints } from '../lib/map/clusterPoints.ts';
import type { MapConfig } from '../lib/map/mapConfig.ts';

/** The district a boundary belongs to: itself, or its district for a city drawn separately (Shusha city). */
function districtOf(id: string, config: MapConfig): string | undefined {
  return config.districts[id] ? id : Object.keys(config.districts).find((district) => id.startsWith(`${district}-`));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Makes a layer's element a keyboard stop that opens its popup on Enter or Space. */
function keyboardAccess(element: HTMLElement | SVGElement | undefined, name: string, open: () => void): void {
  if (!element) return;
  element.setAttribute('tabindex', '0');
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', name);
  element.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      open();
    }
  });
}

/** Draws the map into `host`. */
export function drawMap(host: HTMLElement, config: MapConfig, boundaries: FeatureCollection): void {
  // Leaflet's own zoom buttons carry English titles; ours carry the reader's language.
  const leaflet = createMap(host, { attributionControl: true, zoomControl: false, zoomSnap: 0.25, scrollWheelZoom: false });
  control.zoom({ zoomInTitle: config.labels.zoomIn, zoomOutTitle: config.labels.zoomOut }).addTo(leaflet);
  leaflet.attributionControl.setPrefix(false);
  leaflet.attributionControl.addAttribution(escapeHtml(config.labels.attribution));
  if (config.tiles) tileLayer(config.tiles.url, { attribution: config.tiles.attribution }).addTo(leaflet);

  // Leaflet writes colours into SVG attributes, where var() does not resolve: read the tokens' colours here.
  const tokens = getComputedStyle(host);
  const colour = (token: MapColourToken) => tokens.getPropertyValue(token).trim();

  const districtFeatures = boundaries.features.filter((feature) => districtOf(String(feature.properties?.id), config));
  geoJSON(boundaries, {
    filter: (feature) => !districtOf(String(feature.properties?.id), config),
    style: { color: colour('--map-surround-stroke'), weight: 0.6, fillColor: colour('--map-surround-fill'), fillOpacity: 1 },
    interactive: false,
  }).addTo(leaflet);

  const yearLayer = (year: string): GeoJSONLayer =>
    geoJSON({ type: 'FeatureCollection', features: districtFeatures } as FeatureCollection, {
      style: (feature) => {
        const district = districtOf(String(feature?.properties?.id), config)!;
        const value = config.values[year]?.[district] ?? null;
        return {
          color: colour('--map-district-stroke'),
          weight: 1,
          dashArray: value === null ? '4 3' : undefined,
          fillColor: colour(config.colours[binOf(value, config.breaks)]!),
          fillOpacity: value === null ? 0.35 : 0.9,
        };
      },
      onEachFeature: (feature, layer) => {
        const id = String(feature.properties?.id);
        const district = districtOf(id, config)!;
        const { name, url, timeline } = config.districts[district]!;
        const figure = config.displays[year]?.[district] ?? config.labels.noFigure;
        layer.bindPopup(
          `<strong>${escapeHtml(name)}</strong><br>${escapeHtml(config.labels.layerYear.replace('{year}', year))}: ${escapeHtml(figure)}<br>` +
            `<a href="${url}">${escapeHtml(config.labels.openDistrict)}</a> · <a href="${timeline}">${escapeHtml(config.labels.districtTimeline)}</a>`,
        );
        if (id === district) {
          layer.on('add', () =>
            keyboardAccess((layer as Path).getElement() as SVGElement | undefined, `${name}: ${figure}`, () => (layer as Path).openPopup()),
          );
        }
      },
    });

  const years: Record<string, Layer> = Object.fromEntries(config.years.map((year) => [config.labels.layerYear.replace('{year}', year), yearLayer(year)]));
  const initial = years[config.labels.layerYear.replace('{year}', config.year)]!;
  initial.addTo(leaflet);

  // Places and events share one layer; markers that would overlap at the current zoom are grouped, so every marker is
  // a separate target at least 24 px wide.
  interface Item {
    kind: 'place' | 'event';
    lat: number;
    lon: number;
    name: string;
    popup: string;
  }
  const items: Item[] = [
    ...config.places.map((place): Item => ({
      kind: 'place',
      lat: place.lat,
      lon: place.lon,
      name: place.name,
      popup: `<strong>${escapeHtml(place.name)}</strong><br><a href="${place.url}">${escapeHtml(place.district)}</a>`,
    })),
    ...config.events.map((event): Item => ({
      kind: 'event',
      lat: event.lat,
      lon: event.lon,
      name: `${event.date}: ${event.title}`,
      popup: `<a href="${event.url}"><strong>${escapeHtml(event.title)}</strong></a><br>${escapeHtml(event.date)} · ${escapeHtml(event.category)} · <a href="${event.districtUrl}">${escapeHtml(event.district)}</a>`,
    })),
  ];
  const markers = layerGroup();
  const drawMarkers = () => {
    markers.clearLayers();
    const points = items.map((item) => ({ item, ...leaflet.latLngToLayerPoint([item.lat, item.lon]) }));
    for (const group of clusterPoints(points, 30)) {
      const [first] = group;
      const single = group.length === 1;
      const kind = single ? first!.item.kind : 'group';
      const symbol = single ? (kind === 'place' ? '●' : '◆') : String(group.length);
      const item = marker([first!.item.lat, first!.item.lon], {
        icon: divIcon({ className: `map-marker map-marker-${kind}`, html: `<span aria-hidden="true">${symbol}</span>`, iconSize: [26, 26] }),
        keyboard: true,
        title: single ? first!.item.name : group.map((point) => point.item.name).join('; '),
      });
      item.bindPopup(group.map((point) => `<p>${point.item.popup}</p>`).join(''), { maxHeight: 280 });
      // A group's name starts with the count it shows, so what is seen and what is read out agree.
      const name = single ? first!.item.name : `${group.length}: ${group.map((point) => point.item.name).join('; ')}`;
      item.on('add', () => keyboardAccess(item.getElement(), name, () => item.openPopup()));
      markers.addLayer(item);
    }
  };
  leaflet.on('zoomend', drawMarkers);
  markers.addTo(leaflet);
  const layers = control.layers(years, { [config.labels.layerMarkers]: markers }, { collapsed: false }).addTo(leaflet);
  layers.getContainer()?.querySelector('.leaflet-control-layers-toggle')?.setAttribute('title', config.labels.layers);

  leaflet.fitBounds(config.bounds);
  drawMarkers();
}
