/** The parts of a GeoJSON feature collection the SVG needs. */
export interface DistrictFeature {
  properties: { id: string; name_en: string; name_az: string; kind: string; focus: boolean };
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
}

/** A shape ready for an SVG `<path>`. */
export interface SvgShape {
  id: string;
  d: string;
}

/** Projects lon/lat to the plane and fits a box: an equirectangular projection, squeezed by cos(latitude). */
export interface Projection {
  project(lon: number, lat: number): [number, number];
  width: number;
  height: number;
}

/** Rings of a feature's geometry. */
function rings(feature: DistrictFeature): number[][][] {
  return feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates.flat();
}

/**
 * A projection that fits the given features into `width` pixels wide, keeping the shapes' proportions at
 * Azerbaijan's latitude (longitudes shortened by the cosine of the middle latitude).
 */
export function fitProjection(features: readonly DistrictFeature[], width: number, padding = 4): Projection {
  const points = features.flatMap((feature) => rings(feature).flat());
  const lons = points.map((point) => point[0]!);
  const lats = points.map((point) => point[1]!);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const squeeze = Math.cos((((north + south) / 2) * Math.PI) / 180);
  const scale = (width - 2 * padding) / ((east - west) * squeeze);
  const height = Math.round((north - south) * scale + 2 * padding);
  return {
    width,
    height,
    project: (lon, lat) => [padding + (lon - west) * squeeze * scale, padding + (north - lat) * scale],
  };
}

/** SVG path data for one feature, rounded to `precision` px (repeated points dropped), each ring closed. */
export function featurePath(feature: DistrictFeature, projection: Projection, precision = 0.1): string {
  const round = (value: number) => Math.round(value / precision) * precision;
  return rings(feature)
    .map((ring) => {
      const points = ring.map(([lon, lat]) =>
        projection
          .project(lon!, lat!)
          .map((value) => Number(round(value).toFixed(1)))
          .join(','),
      );
      const kept = points.filter((point, index) => index === 0 || point !== points[index - 1]);
      return `M${kept.join('L')}Z`;
    })
    .join('');
}

/** Paths for every feature, in the collection's order. */
export function svgShapes(features: readonly DistrictFeature[], projection: Projection, precision = 0.1): SvgShape[] {
  return features.map((feature) => ({ id: feature.properties.id, d: featurePath(feature, projection, precision) }));
}

/** The features with at least one vertex inside the box [west, south, east, north]. */
export function featuresInBox(features: readonly DistrictFeature[], [west, south, east, north]: readonly number[]): DistrictFeature[] {
  return features.filter((feature) =>
    rings(feature).some((ring) => ring.some(([lon, lat]) => lon! >= west! && lon! <= east! && lat! >= south! && lat! <= north!)),
  );
}
