import { getDataset } from './content.ts';
import { buildDistrictYearFigures, type DistrictYearFigures } from '../lib/map/districtFigures.ts';

let cache: Promise<DistrictYearFigures> | undefined;

/** The Cabinet of Ministers' district figures (2023, 2025) from clearance-reports, read once per build. */
export function getDistrictYearFigures(): Promise<DistrictYearFigures> {
  cache ??= getDataset('clearance-reports').then(({ fields, rows }) => buildDistrictYearFigures(fields, rows));
  return cache;
}
